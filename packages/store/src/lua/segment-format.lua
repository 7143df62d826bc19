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

-- A term's list in a segment: the bucket value holding it (read once per bucket into `values`), where its list
-- starts (1-based) and how many postings it has; nil start when the segment does not hold the term.
local function termList(key, buckets, values, term)
  local b = termBucket(term, buckets)
  local v = values[b]
  if v == nil then
    v = redis.call('HGET', key, b) or ''
    values[b] = v
  end
  if v == '' then
    return v, nil, nil, b
  end
  local start, count = findList(v, term)
  return v, start, count, b
end

-- The first occurrence of `needle` in s[from, last] that starts a record of `step` bytes counted from `from`.
local function alignedFind(s, needle, from, last, step)
  local pos = string.find(s, needle, from, true)
  while pos and pos <= last and (pos - from) % step ~= 0 do
    pos = string.find(s, needle, pos + 1, true)
  end
  if pos and pos <= last then
    return pos
  end
  return nil
end
