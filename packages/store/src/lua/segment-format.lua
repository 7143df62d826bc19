-- The segment layout of text/postings.ts, read by the write and search scripts.

-- The bucket of a term in a segment of n buckets (text/postings.ts, termBucket).
local function termBucket(term, n)
  if n <= 1 then
    return 0
  end
  local h = 0
  for i = 1, #term do
    h = (h * 31 + string.byte(term, i)) % 1000003
  end
  return h % n
end

-- Where a term's list starts in a bucket value (1-based) and how many postings it has, or nil.
local function findList(value, term)
  local dirLength = tonumber(string.sub(value, 1, 8), 16)
  local i = string.find(value, '\0' .. term .. '\1', 9, true)
  if not i or i > 8 + dirLength then
    return nil
  end
  local j = i + #term + 2
  return 9 + dirLength + tonumber(string.sub(value, j, j + 7), 16), tonumber(string.sub(value, j + 8, j + 13), 16)
end
