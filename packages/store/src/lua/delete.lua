-- Deletes one article with every index entry, its URL mappings and its place in a near-duplicate cluster.
-- KEYS[1] the record hash. ARGV[1] key prefix, ARGV[2] id, ARGV[3] cluster size cap. Returns 1 when it existed.
local id = ARGV[2]
if redis.call('EXISTS', KEYS[1]) == 0 and redis.call('EXISTS', P .. 'ix:' .. id) == 0 then
  return 0
end
unindex(id)
leaveCluster(id, tonumber(ARGV[3]))
local urls = redis.call('HGET', P .. 'ix:' .. id, 'urls')
if urls then
  for _, u in ipairs(cjson.decode(urls)) do
    if redis.call('HGET', P .. 'urls', u) == id then
      redis.call('HDEL', P .. 'urls', u)
    end
  end
end
redis.call('ZREM', P .. 'idx:indexed', id)
redis.call('DEL', KEYS[1], P .. 'ix:' .. id)
return 1
