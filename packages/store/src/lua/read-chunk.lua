-- What the write of a chunk depends on, read in one call. KEYS[1] idx:indexed (routes the script to the
-- namespace's slot). ARGV: 1 key prefix, then the articles' ids. Returns per article its stored content hash ('' for
-- none), its doc number ('' for none) and '1' when the write of that doc number finished (it has a doc entry, and a
-- segment entry when it has a forward entry: both are written at the end of upsert.lua), else '0'.
local P = ARGV[1]
local out = {}
for i = 2, #ARGV do
  local id = ARGV[i]
  local n = redis.call('HGET', P .. 'ix:' .. id, 'n')
  out[#out + 1] = redis.call('HGET', P .. 'article:' .. id, 'contentHash') or ''
  out[#out + 1] = n or ''
  local done = n and redis.call('HEXISTS', P .. 'docs', n) == 1
    and (redis.call('HEXISTS', P .. 'fwd', n) == 0 or redis.call('HEXISTS', P .. 'docseg', n) == 1)
  out[#out + 1] = done and '1' or '0'
end
return out
