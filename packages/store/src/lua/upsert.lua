-- Versioned, idempotent upsert of one article and all its index memberships, in one step.
-- KEYS[1] the record hash. ARGV (all precomputed in Node, see index-data.ts; no JSON decoding here):
--  1 key prefix, 2 id, 3 'upsert' | 'reindex', 4 content hash, 5 now (ISO), 6 now (ms), 7 published ms or '',
--  8 SimHash or '', 9 max distance, 10 cluster size cap, 11 #terms, 12 #tags, 13 #urls,
--  14 terms (space-separated), 15 their integer impacts (space-separated, same order), 16 tags (JSON), 17 urls (JSON),
--  18 tags (newline-separated, those without a newline), 19 '!' when a tag was left out of 18 else '',
--  then the tags, the urls, and the record's fields as name, value pairs.
-- Returns {change, version, duplicateOf, clusterId, clusterSize}.
local rec = KEYS[1]
local id = ARGV[2]
local mode = ARGV[3]
local nowMs = tonumber(ARGV[6])
local old = redis.call('HMGET', rec, 'contentHash', 'version', 'createdAt', 'clusterId')
if mode == 'upsert' and old[1] == ARGV[4] then
  local c = clusterInfo(id)
  return {'unchanged', tonumber(old[2]), c[1], c[2], c[3]}
end
if mode == 'reindex' and old[1] ~= ARGV[4] then
  -- gone or rewritten since it was read: the upsert that rewrote it indexed it
  return {'skipped', tonumber(old[2] or '0'), '', '', 0}
end
local published = tonumber(ARGV[7])
local sim = ARGV[8]
local maxCluster = tonumber(ARGV[10])
local nG, nU = tonumber(ARGV[12]), tonumber(ARGV[13])
local G0 = 19
local U0 = G0 + nG
local F0 = U0 + nU + 1
local ixKey = P .. 'ix:' .. id
local prev = redis.call('HMGET', ixKey, 'n', 'c', 'sim')
local oldSim = prev[3]
local change, version, createdAt, createdMs = 'created', 1, ARGV[5], nowMs
if old[2] then
  change = 'updated'
  version = tonumber(old[2]) + 1
  createdAt = old[3] or ARGV[5]
  createdMs = tonumber(prev[2] or ARGV[6])
  unindex(id)
end
-- a compact doc number keys the article's postings; it stays for the article's life
local num = prev[1]
if not num then
  num = tostring(redis.call('INCR', P .. 'docseq'))
end
if mode == 'reindex' then
  change = 'reindexed'
  version = tonumber(old[2])
else
  -- fields the new version lacks go; the store's own fields stay
  if old[2] then
    local keep = {version = true, createdAt = true, updatedAt = true, clusterId = true, duplicateOf = true}
    for i = F0, #ARGV, 2 do
      keep[ARGV[i]] = true
    end
    for _, k in ipairs(redis.call('HKEYS', rec)) do
      if not keep[k] then
        redis.call('HDEL', rec, k)
      end
    end
  end
  local fields = {'version', tostring(version), 'createdAt', createdAt, 'updatedAt', ARGV[5]}
  for i = F0, #ARGV do
    fields[#fields + 1] = ARGV[i]
  end
  redis.call('HSET', rec, unpack(fields))
  redis.call('ZADD', P .. 'idx:indexed', nowMs, id)
end
local time = published or createdMs
local impacts = string.gmatch(ARGV[15], '%S+')
for t in string.gmatch(ARGV[14], '%S+') do
  redis.call('ZADD', P .. 'ft:' .. t, impacts(), num)
end
if nG > 0 then
  local names = {}
  for i = 1, nG do
    local t = ARGV[G0 + i]
    redis.call('ZADD', P .. 'tagt:' .. t, time, id)
    names[#names + 1] = 0
    names[#names + 1] = t
  end
  redis.call('ZADD', P .. 'tagnames', unpack(names))
end
if nU > 0 then
  local pairs = {}
  for i = 1, nU do
    pairs[#pairs + 1] = ARGV[U0 + i]
    pairs[#pairs + 1] = id
  end
  redis.call('HSET', P .. 'urls', unpack(pairs))
end
if published then
  redis.call('ZADD', P .. 'idx:published', published, id)
end
redis.call('ZADD', P .. 'idx:time', time, id)
-- what a search checks per candidate in one read: id, article time, tags
redis.call('HSET', P .. 'docs', num, id .. '\n' .. time .. ARGV[19] .. '\n' .. ARGV[18])
if sim ~= '' then
  for band = 0, 3 do
    redis.call('ZADD', bucket(sim, band), createdMs, id)
  end
end
redis.call('HSET', ixKey, 'n', num, 'terms', ARGV[14], 'tags', ARGV[16], 'urls', ARGV[17], 'sim', sim, 'c', tostring(createdMs))
-- near-duplicates: a changed text may belong to another story now; a root keeps its cluster
if oldSim ~= sim or not old[4] then
  if old[4] and old[4] ~= id then
    leaveCluster(id, maxCluster)
  end
  if not redis.call('HGET', rec, 'clusterId') then
    link(id, sim, tonumber(ARGV[9]))
  end
end
local c = clusterInfo(id)
return {change, version, c[1], c[2], c[3]}
