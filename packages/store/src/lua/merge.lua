-- Swaps source segments for the segment Node merged from them, in one step. KEYS[1] the segment registry (segs).
-- Node has already written the merged segment's buckets under its new id, unregistered (no search reads it yet).
-- ARGV: 1 key prefix, 2 the new segment's id, 3 #sources, then per source its id and the registry entry
-- ('docs:generation:buckets') Node read, then the new segment's article count, its buckets, #doc numbers, the doc
-- numbers. When a source changed since Node read it (an update or delete took postings out), the new segment is
-- deleted and nothing else changes: returns 0. When the new id is no longer listed in segwip (the merger outlived
-- its lease and the next one swept its segment away), nothing changes either: returns 0. Else 1.
local segId = ARGV[2]
local nSources = tonumber(ARGV[3])
if redis.call('HDEL', P .. 'segwip', segId) == 0 then
  redis.call('DEL', P .. 'seg:' .. segId)
  return 0
end
for i = 1, nSources do
  if redis.call('HGET', KEYS[1], ARGV[2 + 2 * i]) ~= ARGV[3 + 2 * i] then
    redis.call('DEL', P .. 'seg:' .. segId)
    return 0
  end
end
local at = 4 + 2 * nSources
local docs, buckets = ARGV[at], ARGV[at + 1]
local nNums = tonumber(ARGV[at + 2])
local N0 = at + 2
for i = 1, nSources do
  redis.call('DEL', P .. 'seg:' .. ARGV[2 + 2 * i])
  redis.call('HDEL', KEYS[1], ARGV[2 + 2 * i])
end
local pairs = {}
for i = N0 + 1, N0 + nNums do
  pairs[#pairs + 1] = ARGV[i]
  -- '<segment>:<k>': the doc's n<k> field (1,024 docs per field, in the order Node listed them)
  pairs[#pairs + 1] = segId .. ':' .. math.floor((i - N0 - 1) / 1024)
  if #pairs >= 4000 then
    redis.call('HSET', P .. 'docseg', unpack(pairs))
    pairs = {}
  end
end
if #pairs > 0 then
  redis.call('HSET', P .. 'docseg', unpack(pairs))
end
if redis.call('EXISTS', P .. 'seg:' .. segId) == 1 then
  redis.call('HSET', KEYS[1], segId, docs .. ':0:' .. buckets)
end
return 1
