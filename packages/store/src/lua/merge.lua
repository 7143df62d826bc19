-- Replaces segments by the one segment Node merged from them, in one step. KEYS[1] the segment registry (segs).
-- ARGV: 1 key prefix, 2 #sources, then per source its id and the registry entry ('docs:generation') Node read,
-- then the merged segment's article count, its buckets, #doc numbers, the doc numbers, #fields, then bucket,
-- value pairs (text/postings.ts).
-- When a source changed since Node read it (an update or delete took postings out) nothing is written: returns
-- ''. Else the new segment's id.
local nSources = tonumber(ARGV[2])
for i = 1, nSources do
  if redis.call('HGET', KEYS[1], ARGV[1 + 2 * i]) ~= ARGV[2 + 2 * i] then
    return ''
  end
end
local at = 3 + 2 * nSources
local docs, buckets = ARGV[at], ARGV[at + 1]
local nNums = tonumber(ARGV[at + 2])
local N0 = at + 2
local nFields = tonumber(ARGV[N0 + nNums + 1])
local F0 = N0 + nNums + 1
local segId = tostring(redis.call('INCR', P .. 'segseq'))
for i = 1, nSources do
  redis.call('DEL', P .. 'seg:' .. ARGV[1 + 2 * i])
  redis.call('HDEL', KEYS[1], ARGV[1 + 2 * i])
end
local key = P .. 'seg:' .. segId
for i = F0 + 1, F0 + 2 * nFields, 4000 do
  redis.call('HSET', key, unpack(ARGV, i, math.min(i + 3999, F0 + 2 * nFields)))
end
if nFields == 0 then
  redis.call('HDEL', KEYS[1], segId)
end
local pairs = {}
for i = N0 + 1, N0 + nNums do
  pairs[#pairs + 1] = ARGV[i]
  pairs[#pairs + 1] = segId
  if #pairs >= 4000 then
    redis.call('HSET', P .. 'docseg', unpack(pairs))
    pairs = {}
  end
end
if #pairs > 0 then
  redis.call('HSET', P .. 'docseg', unpack(pairs))
end
redis.call('HSET', KEYS[1], segId, docs .. ':0:' .. buckets)
return segId
