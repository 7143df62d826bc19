-- Versioned, idempotent upsert of a chunk of articles with all their index memberships, in one step; the chunk's
-- postings go into one new segment. KEYS[1] idx:indexed (routes the script to the namespace's slot).
-- ARGV (all precomputed in Node, see index-data.ts and write-chunk.ts; no JSON decoding here):
--  1 key prefix, 2 now (ISO), 3 now (ms), 4 max distance, 5 cluster size cap, 6 #articles,
--  7 articles with postings in the segment, 8 the segment's buckets, 9 #segment fields, 10 today's stamp (YYYYMMDD)
--  for extraction health, 11 how long a day's health bucket lives (s), then the segment's bucket, value pairs
--  (text/postings.ts),
--  then per article four: its arguments A packed in one value (arg-block.ts: a 4-byte count, then per argument a
--  4-byte length and its bytes), the mode, the content hash Node read and the doc number, which replace A[3], A[5]
--  and A[6] (they change from attempt to attempt; the block does not). A is:
--   1 record key, 2 id, 3 'upsert' | 'reindex', 4 content hash, 5 the content hash Node read ('' for none),
--   6 doc number (the stored one, else a reserved one), 7 published ms or '', 8 SimHash or '', 9 #tags, 10 #urls,
--   11 forward entry (' term=impact … ', '' without terms), 12 tags (JSON), 13 urls (JSON),
--   14 tags (newline-separated, those without a newline), 15 '!' when a tag was left out of 14 else '',
--   16 the source counted in extraction health ('' for none), 17 the health fields the record has (space-separated),
--   then the tags, the urls, and the record's fields as name, value pairs.
-- Node built the segment from what it read; when any article's stored hash or doc number is no longer what Node
-- read, nothing is written and the reply is {'retry'}; when an article's stored index data is damaged (its old
-- tags unreadable, so its old entries could not be removed), nothing is written and the reply is
-- {'bad', <its position>, <message>}. Else {change, version, duplicateOf, clusterId, clusterSize} per article,
-- flattened. Every check comes before the first write: a script that fails halfway is not rolled back.
-- The entries in shared keys (the doc entries among them) and the doc numbers' segment entries (docseg) are written
-- after every article's own keys, so an article that a write failing halfway left incomplete lacks its doc entry or
-- its segment entry, and Node then re-indexes it (mode 'reindex', which also puts it back in idx:indexed) even though
-- its hash is unchanged (read-chunk.lua).
local nowIso, nowMs = ARGV[2], tonumber(ARGV[3])
local maxDist, maxCluster = tonumber(ARGV[4]), tonumber(ARGV[5])
local nArticles, segDocs, nBuckets, nFields = tonumber(ARGV[6]), tonumber(ARGV[7]), ARGV[8], tonumber(ARGV[9])
local healthDay, healthKeep = ARGV[10], tonumber(ARGV[11])
local S0 = 11
local articles = {}
local at = S0 + 2 * nFields + 1
for a = 1, nArticles do
  local block = ARGV[at]
  local k = struct.unpack('>I4', block)
  local A = {struct.unpack('>' .. string.rep('I4c0', k), block, 5)}
  -- unpack also returns where it stopped
  A[k + 1] = nil
  A[3], A[5], A[6] = ARGV[at + 1], ARGV[at + 2], ARGV[at + 3]
  articles[a] = A
  at = at + 4
end

-- every article is as Node read it, or the segment Node built could be wrong: check all before writing any
for _, A in ipairs(articles) do
  local stored = redis.call('HGET', A[1], 'contentHash') or ''
  if stored ~= A[5] then
    return {'retry'}
  end
  local n = redis.call('HGET', P .. 'ix:' .. A[2], 'n')
  if n then
    if n ~= A[6] then
      return {'retry'}
    end
  elseif redis.call('HEXISTS', P .. 'docs', A[6]) == 1 then
    return {'retry'}
  end
end
for a, A in ipairs(articles) do
  local rewrites = (A[3] == 'upsert' and A[5] ~= '' and A[5] ~= A[4]) or A[3] == 'reindex'
  if rewrites and not indexedTags(A[2]) then
    return {'bad', a, 'the stored index data of article ' .. A[2] .. ' is damaged (its tags are not a JSON list); delete the article and ingest it again'}
  end
end
local docsegs = {}

-- Writes that no later article's step reads (each article's own entries in shared keys), collected per key and
-- made once for the chunk at the end: a call per key instead of per article and key. What a later article's step
-- does read (its record, its ix hash, the SimHash buckets and cluster keys near-duplicate linking reads) is written
-- as each article goes. A later article's unindex may find a tag's set empty and take the tag from tagnames while
-- this chunk adds it again: the collected ZADDs come after and restore it.
local later = {indexed = {}, indexedIfMissing = {}, published = {}, time = {}, fwd = {}, docs = {}, urls = {}, tagNames = {}, tags = {}, tagOrder = {}}
local function push(list, a, b)
  list[#list + 1] = a
  list[#list + 1] = b
end

-- one command per key over a flat argument list, in parts (unpack has a limit); `flag` goes before the list
local function writeAll(cmd, key, list, flag)
  for i = 1, #list, 4000 do
    if flag then
      redis.call(cmd, key, flag, unpack(list, i, math.min(i + 3999, #list)))
    else
      redis.call(cmd, key, unpack(list, i, math.min(i + 3999, #list)))
    end
  end
end

local segId = nil
if nFields > 0 then
  segId = tostring(redis.call('INCR', P .. 'segseq'))
end

local function upsertOne(A)
  local rec, id, mode, num = A[1], A[2], A[3], A[6]
  local old = redis.call('HMGET', rec, 'contentHash', 'version', 'createdAt', 'clusterId')
  if mode == 'upsert' and old[1] == A[4] then
    local c = clusterInfo(id)
    return {'unchanged', tonumber(old[2]), c[1], c[2], c[3]}
  end
  if mode == 'reindex' and old[1] ~= A[4] then
    -- gone or rewritten since it was read: the upsert that rewrote it indexed it
    return {'skipped', tonumber(old[2] or '0'), '', '', 0}
  end
  -- scores go to Redis as the strings they came as (a number would be formatted for each call)
  local publishedArg = A[7]
  local published = tonumber(publishedArg)
  local sim = A[8]
  local nG, nU = tonumber(A[9]), tonumber(A[10])
  local G0 = 17
  local U0 = G0 + nG
  local F0 = U0 + nU + 1
  local ixKey = P .. 'ix:' .. id
  local prev = redis.call('HMGET', ixKey, 'n', 'c', 'sim')
  local oldSim = prev[3]
  local change, version, createdAt, createdArg = 'created', 1, nowIso, ARGV[3]
  if old[2] then
    change = 'updated'
    version = tonumber(old[2]) + 1
    createdAt = old[3] or nowIso
    createdArg = prev[2] or ARGV[3]
  end
  local createdMs = tonumber(createdArg)
  if old[2] or prev[1] then
    unindex(id)
  end
  if mode == 'reindex' then
    change = 'reindexed'
    version = tonumber(old[2])
    -- present unless a write that failed halfway left it out (indexed now, then)
    push(later.indexedIfMissing, ARGV[3], id)
  else
    -- fields the new version lacks go; the store's own fields stay
    if old[2] then
      local keep = {version = true, createdAt = true, updatedAt = true, clusterId = true, duplicateOf = true}
      for i = F0, #A, 2 do
        keep[A[i]] = true
      end
      for _, k in ipairs(redis.call('HKEYS', rec)) do
        if not keep[k] then
          redis.call('HDEL', rec, k)
        end
      end
    end
    local fields = {'version', tostring(version), 'createdAt', createdAt, 'updatedAt', nowIso}
    for i = F0, #A do
      fields[#fields + 1] = A[i]
    end
    redis.call('HSET', rec, unpack(fields))
    push(later.indexed, ARGV[3], id)
  end
  local time = published or createdMs
  local timeArg = published and publishedArg or createdArg
  if A[11] ~= '' then
    push(later.fwd, num, A[11])
    -- '<segment>:<k>': the segment and its n<k> field listing the doc (1,024 docs per field, in write order)
    local k = math.floor(#docsegs / 2 / 1024)
    docsegs[#docsegs + 1] = num
    docsegs[#docsegs + 1] = segId .. ':' .. k
  end
  for i = 1, nG do
    local t = A[G0 + i]
    local members = later.tags[t]
    if not members then
      members = {}
      later.tags[t] = members
      later.tagOrder[#later.tagOrder + 1] = t
      push(later.tagNames, 0, t)
    end
    push(members, timeArg, id)
  end
  for i = 1, nU do
    push(later.urls, A[U0 + i], id)
  end
  if published then
    push(later.published, publishedArg, id)
  end
  push(later.time, timeArg, id)
  -- what a search checks per candidate in one read: id, article time, tags
  push(later.docs, num, id .. '\n' .. time .. A[15] .. '\n' .. A[14])
  if sim ~= '' then
    for band = 0, 3 do
      redis.call('ZADD', bucket(sim, band), createdArg, id)
    end
  end
  redis.call('HSET', ixKey, 'n', num, 'tags', A[12], 'urls', A[13], 'sim', sim, 'c', tostring(createdMs))
  -- near-duplicates: a changed text may belong to another story now; a root keeps its cluster
  if oldSim ~= sim or not old[4] then
    if old[4] and old[4] ~= id then
      leaveCluster(id, maxCluster)
    end
    if not redis.call('HGET', rec, 'clusterId') then
      link(id, sim, maxDist)
    end
  end
  local c = clusterInfo(id)
  return {change, version, c[1], c[2], c[3]}
end

local out = {}
-- extraction health: per source, how many new or changed records, and how many of them had each field
local health = {}
for _, A in ipairs(articles) do
  local r = upsertOne(A)
  for _, v in ipairs(r) do
    out[#out + 1] = v
  end
  if (r[1] == 'created' or r[1] == 'updated') and A[16] ~= '' then
    local h = health[A[16]]
    if not h then
      h = {articles = 0}
      health[A[16]] = h
    end
    h.articles = h.articles + 1
    for f in string.gmatch(A[17], '%S+') do
      h[f] = (h[f] or 0) + 1
    end
  end
end
writeAll('ZADD', P .. 'idx:indexed', later.indexed)
writeAll('ZADD', P .. 'idx:indexed', later.indexedIfMissing, 'NX')
writeAll('HSET', P .. 'fwd', later.fwd)
for _, t in ipairs(later.tagOrder) do
  writeAll('ZADD', P .. 'tagt:' .. t, later.tags[t])
end
writeAll('ZADD', P .. 'tagnames', later.tagNames)
writeAll('HSET', P .. 'urls', later.urls)
writeAll('ZADD', P .. 'idx:published', later.published)
writeAll('ZADD', P .. 'idx:time', later.time)
writeAll('HSET', P .. 'docs', later.docs)
for source, h in pairs(health) do
  local key = P .. 'health:' .. source .. ':' .. healthDay
  for f, n in pairs(h) do
    redis.call('HINCRBY', key, f, n)
  end
  redis.call('EXPIRE', key, healthKeep)
  redis.call('ZADD', P .. 'health:sources', nowMs, source)
end
if segId then
  local key = P .. 'seg:' .. segId
  -- a fresh id, but a merger that died may have left an unregistered key under it (ids restart when a namespace empties)
  redis.call('DEL', key)
  for i = S0 + 1, S0 + 2 * nFields, 4000 do
    redis.call('HSET', key, unpack(ARGV, i, math.min(i + 3999, S0 + 2 * nFields)))
  end
  redis.call('HSET', P .. 'segs', segId, segDocs .. ':0:' .. nBuckets)
end
if #docsegs > 0 then
  redis.call('HSET', P .. 'docseg', unpack(docsegs))
end
return out
