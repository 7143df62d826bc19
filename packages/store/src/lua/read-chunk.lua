-- What the write of a chunk depends on, read in one call. KEYS[1] idx:indexed (routes the script to the
-- namespace's slot). ARGV: 1 key prefix, then the articles' ids. Returns per article its stored content hash ('' for
-- none), its doc number ('' for none) and '1' when that doc number has a segment entry (its postings were written),
-- else '0'.
local P = ARGV[1]
local out = {}
for i = 2, #ARGV do
  local id = ARGV[i]
  local n = redis.call('HGET', P .. 'ix:' .. id, 'n')
  out[#out + 1] = redis.call('HGET', P .. 'article:' .. id, 'contentHash') or ''
  out[#out + 1] = n or ''
  out[#out + 1] = (n and redis.call('HEXISTS', P .. 'docseg', n) == 1) and '1' or '0'
end
return out
