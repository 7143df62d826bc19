-- Versioned, idempotent upsert of one article and all its index memberships, in one step.
-- KEYS[1] the record hash. ARGV[1] key prefix, ARGV[2] id, ARGV[3] 'upsert' | 'reindex', ARGV[4] content hash,
-- ARGV[5] now (ISO), ARGV[6] now (ms), ARGV[7] JSON {tags, terms, weights, urls, published?, sim, maxDist, maxCluster},
-- ARGV[8..] the record's fields as name, value pairs (kept out of the JSON: no decoding of the text)
-- Returns {change, version, duplicateOf, clusterId, clusterSize}.
local rec = KEYS[1]
local id = ARGV[2]
local mode = ARGV[3]
local nowMs = tonumber(ARGV[6])
local old = redis.call('HMGET', rec, 'contentHash', 'version', 'createdAt', 'clusterId')
local oldSim = redis.call('HGET', P .. 'ix:' .. id, 'sim')
if mode == 'upsert' and old[1] == ARGV[4] then
  local c = clusterInfo(id)
  return {'unchanged', tonumber(old[2]), c[1], c[2], c[3]}
end
if mode == 'reindex' and old[1] ~= ARGV[4] then
  -- gone or rewritten since it was read: the upsert that rewrote it indexed it
  return {'skipped', tonumber(old[2] or '0'), '', '', 0}
end
local d = cjson.decode(ARGV[7])
local change, version, createdAt, createdMs = 'created', 1, ARGV[5], nowMs
if old[2] then
  change = 'updated'
  version = tonumber(old[2]) + 1
  createdAt = old[3] or ARGV[5]
  createdMs = tonumber(redis.call('HGET', P .. 'ix:' .. id, 'c') or ARGV[6])
  unindex(id)
end
if mode == 'reindex' then
  change = 'reindexed'
  version = tonumber(old[2])
else
  -- fields the new version lacks go; the store's own fields stay
  if old[2] then
    local keep = {version = true, createdAt = true, updatedAt = true, clusterId = true, duplicateOf = true}
    for i = 8, #ARGV, 2 do
      keep[ARGV[i]] = true
    end
    for _, k in ipairs(redis.call('HKEYS', rec)) do
      if not keep[k] then
        redis.call('HDEL', rec, k)
      end
    end
  end
  redis.call('HSET', rec, unpack(ARGV, 8))
  redis.call('HSET', rec, 'version', tostring(version), 'createdAt', createdAt, 'updatedAt', ARGV[5])
  redis.call('ZADD', P .. 'idx:indexed', nowMs, id)
end
local time = d.published or createdMs
for i, t in ipairs(d.terms) do
  redis.call('ZADD', P .. 'ft:' .. t, d.weights[i], id)
end
for _, t in ipairs(d.tags) do
  redis.call('SADD', P .. 'tag:' .. t, id)
  redis.call('ZADD', P .. 'tagt:' .. t, time, id)
  redis.call('ZADD', P .. 'tagnames', 0, t)
end
for _, u in ipairs(d.urls) do
  redis.call('HSET', P .. 'urls', u, id)
end
if d.published then
  redis.call('ZADD', P .. 'idx:published', d.published, id)
end
redis.call('ZADD', P .. 'idx:time', time, id)
if d.sim ~= '' then
  for band = 0, 3 do
    redis.call('ZADD', bucket(d.sim, band), createdMs, id)
  end
end
redis.call('HSET', P .. 'ix:' .. id, 'terms', table.concat(d.terms, ' '), 'tags', cjson.encode(d.tags), 'urls', cjson.encode(d.urls), 'sim', d.sim, 'c', tostring(createdMs))
-- near-duplicates: a changed text may belong to another story now; a root keeps its cluster
if oldSim ~= d.sim or not old[4] then
  if old[4] and old[4] ~= id then
    leaveCluster(id, d.maxCluster)
  end
  if not redis.call('HGET', rec, 'clusterId') then
    link(id, d.sim, d.maxDist)
  end
end
local c = clusterInfo(id)
return {change, version, c[1], c[2], c[3]}
