-- Versioned, idempotent upsert of one article and its index memberships, atomically.
-- KEYS[1] record hash, KEYS[2] url->id hash, KEYS[3] indexed zset, KEYS[4] published zset
-- ARGV[1] id, ARGV[2] content hash, ARGV[3] now (ISO), ARGV[4] now (ms), ARGV[5] published (ms or ""),
-- ARGV[6] tag key prefix, ARGV[7] tags JSON array, ARGV[8] urls JSON array, ARGV[9] fields JSON object (strings)
local rec = KEYS[1]
local old = redis.call('HMGET', rec, 'contentHash', 'version', 'tags', 'createdAt')
if old[1] == ARGV[2] then
  return {'unchanged', tonumber(old[2])}
end
local change = 'created'
local version = 1
local createdAt = ARGV[3]
if old[2] then
  change = 'updated'
  version = tonumber(old[2]) + 1
  createdAt = old[4] or ARGV[3]
  for _, t in ipairs(cjson.decode(old[3] or '[]')) do
    redis.call('SREM', ARGV[6] .. t, ARGV[1])
  end
end
local fields = cjson.decode(ARGV[9])
local flat = {}
for k, v in pairs(fields) do
  flat[#flat + 1] = k
  flat[#flat + 1] = v
end
redis.call('HSET', rec, unpack(flat))
redis.call('HSET', rec, 'version', tostring(version), 'createdAt', createdAt, 'updatedAt', ARGV[3])
for _, t in ipairs(cjson.decode(ARGV[7])) do
  redis.call('SADD', ARGV[6] .. t, ARGV[1])
end
for _, u in ipairs(cjson.decode(ARGV[8])) do
  redis.call('HSET', KEYS[2], u, ARGV[1])
end
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
if ARGV[5] ~= '' then
  redis.call('ZADD', KEYS[4], ARGV[5], ARGV[1])
else
  redis.call('ZREM', KEYS[4], ARGV[1])
end
return {change, version}
