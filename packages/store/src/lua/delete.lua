-- Deletes one article with every index entry, its URL mappings, its doc number and its place in a near-duplicate
-- cluster. KEYS[1] the record hash. ARGV[1] key prefix, ARGV[2] id, ARGV[3] cluster size cap. Returns 1 when it existed.
local id = ARGV[2]
local ixKey = P .. 'ix:' .. id
if redis.call('EXISTS', KEYS[1]) == 0 and redis.call('EXISTS', ixKey) == 0 then
  return 0
end
unindex(id)
leaveCluster(id, tonumber(ARGV[3]))
local ix = redis.call('HMGET', ixKey, 'urls', 'n')
if ix[1] then
  for _, u in ipairs(jsonList(ix[1]) or {}) do
    if redis.call('HGET', P .. 'urls', u) == id then
      redis.call('HDEL', P .. 'urls', u)
    end
  end
end
if ix[2] then
  redis.call('HDEL', P .. 'docs', ix[2])
  -- numbers are never reused while any article lives; an empty namespace starts again at 1
  if redis.call('EXISTS', P .. 'docs') == 0 then
    redis.call('DEL', P .. 'docseq')
  end
end
redis.call('ZREM', P .. 'idx:indexed', id)
redis.call('DEL', KEYS[1], ixKey)
return 1
