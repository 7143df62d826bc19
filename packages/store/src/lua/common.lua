-- Shared by the write scripts: every key is built under the namespace prefix P (one hash tag, one slot).
local P = ARGV[1]

local function popcount(x)
  local n = 0
  while x ~= 0 do
    x = bit.band(x, x - 1)
    n = n + 1
  end
  return n
end

-- Hamming distance of two 64-bit SimHashes given as 16 hex digits, 16 bits at a time (Lua numbers are doubles).
local function hamming(a, b)
  local d = 0
  for i = 0, 3 do
    d = d + popcount(bit.bxor(tonumber(string.sub(a, i * 4 + 1, i * 4 + 4), 16), tonumber(string.sub(b, i * 4 + 1, i * 4 + 4), 16)))
  end
  return d
end

local function bucket(sim, band)
  return P .. 'sim:' .. band .. ':' .. string.sub(sim, band * 4 + 1, band * 4 + 4)
end

-- The 4 bytes of a doc number in a packed posting (uint32, big-endian).
local function packNum(n)
  n = tonumber(n)
  return string.char(math.floor(n / 16777216) % 256, math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
end

-- Takes a doc number's postings out of its segment (from its forward entry: the terms and impacts it was indexed
-- with): each is overwritten with six zero bytes, which searches skip and merges drop. The segment's generation
-- moves on, so a merge that read it starts over; a segment left without articles goes.
local function unpost(num)
  local fwd = redis.call('HGET', P .. 'fwd', num)
  local seg, field = nil, nil
  local where = redis.call('HGET', P .. 'docseg', num)
  if where then
    -- '<segment>:<k>'; a bare '<segment>' (written before doc numbers were split into lists) means the list 'n'
    seg, field = string.match(where, '^([^:]+):?(%d*)$')
  end
  local meta = seg and redis.call('HGET', P .. 'segs', seg)
  if fwd and meta then
    local docs, gen, buckets = string.match(meta, '^(%d+):(%d+):(%d+)$')
    docs, buckets = tonumber(docs) - 1, tonumber(buckets)
    local key = P .. 'seg:' .. seg
    if docs <= 0 then
      redis.call('DEL', key)
      redis.call('HDEL', P .. 'segs', seg)
      -- an empty namespace starts its segment ids again, unless a merge is writing a segment under an id of it
      if redis.call('EXISTS', P .. 'segs') == 0 and redis.call('EXISTS', P .. 'seglease') == 0 then
        redis.call('DEL', P .. 'segseq')
      end
    else
      local pn = packNum(num)
      local values, changed = {}, {}
      for t, imp in string.gmatch(fwd, '(%S+)=(%d+)') do
        local v, start, count, b = termList(key, buckets, values, t)
        if start then
          local i = tonumber(imp)
          local pos = alignedFind(v, pn .. string.char(math.floor(i / 256), i % 256), start, start + 6 * count - 1, 6)
          if pos then
            values[b] = string.sub(v, 1, pos - 1) .. '\0\0\0\0\0\0' .. string.sub(v, pos + 6)
            changed[b] = true
          end
        end
      end
      for b in pairs(changed) do
        redis.call('HSET', key, b, values[b])
      end
      local nums = redis.call('HGET', key, 'n' .. field) or ''
      local pos = alignedFind(nums, pn, 1, #nums, 4)
      if pos then
        redis.call('HSET', key, 'n' .. field, string.sub(nums, 1, pos - 1) .. '\0\0\0\0' .. string.sub(nums, pos + 4))
      end
      redis.call('HSET', P .. 'segs', seg, docs .. ':' .. (tonumber(gen) + 1) .. ':' .. buckets)
    end
  end
  redis.call('HDEL', P .. 'fwd', num)
  redis.call('HDEL', P .. 'docseg', num)
end

-- A JSON list decoded, or nil when the value is missing or not a JSON list (damaged data must not stop a script
-- halfway: scripts are not rolled back).
local function jsonList(v)
  if not v then
    return nil
  end
  local ok, list = pcall(cjson.decode, v)
  if ok and type(list) == 'table' then
    return list
  end
  return nil
end

-- The tags an article was indexed with: from its ix hash, else (older layouts) its record; nil when neither reads.
local function indexedTags(id)
  return jsonList(redis.call('HGET', P .. 'ix:' .. id, 'tags')) or jsonList(redis.call('HGET', P .. 'article:' .. id, 'tags'))
end

-- Removes every index entry of an article, using what was indexed (the ix hash and the forward entry). Postings are
-- keyed by the article's doc number (`n`) in segments; an article indexed before segments existed has a `terms`
-- field and sorted-set postings (`ft:<term>`, by doc number, or by id before doc numbers, with tag sets).
local function unindex(id)
  local ix = redis.call('HMGET', P .. 'ix:' .. id, 'terms', 'tags', 'sim', 'n')
  local member = ix[4] or id
  if ix[1] then
    for t in string.gmatch(ix[1], '%S+') do
      redis.call('ZREM', P .. 'ft:' .. t, member)
    end
    redis.call('HDEL', P .. 'ix:' .. id, 'terms')
  end
  if ix[4] then
    unpost(ix[4])
  end
  for _, t in ipairs(indexedTags(id) or {}) do
    redis.call('ZREM', P .. 'tagt:' .. t, id)
    if not ix[4] then
      redis.call('SREM', P .. 'tag:' .. t, id)
    end
    if redis.call('EXISTS', P .. 'tagt:' .. t) == 0 then
      redis.call('ZREM', P .. 'tagnames', t)
    end
  end
  if ix[3] and ix[3] ~= '' then
    for band = 0, 3 do
      redis.call('ZREM', bucket(ix[3], band), id)
    end
  end
  redis.call('ZREM', P .. 'idx:published', id)
  redis.call('ZREM', P .. 'idx:time', id)
end

local function clusterInfo(id)
  local c = redis.call('HMGET', P .. 'article:' .. id, 'duplicateOf', 'clusterId')
  local size = 0
  if c[2] then
    size = redis.call('SCARD', P .. 'cluster:' .. c[2])
  end
  return {c[1] or '', c[2] or '', size}
end

-- Takes an article out of its near-duplicate cluster. When it was the root, the earliest remaining member
-- becomes the root (bounded by the cluster size cap); a cluster of one is dissolved.
local function leaveCluster(id, maxCluster)
  local rec = P .. 'article:' .. id
  local c = redis.call('HGET', rec, 'clusterId')
  if not c then
    return
  end
  local ckey = P .. 'cluster:' .. c
  redis.call('SREM', ckey, id)
  redis.call('HDEL', rec, 'clusterId', 'duplicateOf')
  local members = redis.call('SRANDMEMBER', ckey, maxCluster)
  if #members <= 1 then
    for _, m in ipairs(members) do
      redis.call('HDEL', P .. 'article:' .. m, 'clusterId', 'duplicateOf')
    end
    redis.call('DEL', ckey)
    return
  end
  if c ~= id then
    return
  end
  local root, rootC = nil, nil
  for _, m in ipairs(members) do
    local mc = tonumber(redis.call('HGET', P .. 'ix:' .. m, 'c') or '0')
    if not root or mc < rootC or (mc == rootC and m < root) then
      root, rootC = m, mc
    end
  end
  redis.call('RENAME', ckey, P .. 'cluster:' .. root)
  for _, m in ipairs(members) do
    redis.call('HSET', P .. 'article:' .. m, 'clusterId', root)
    if m == root then
      redis.call('HDEL', P .. 'article:' .. m, 'duplicateOf')
    else
      redis.call('HSET', P .. 'article:' .. m, 'duplicateOf', root)
    end
  end
end

-- Links an article to the root of the earliest stored near-duplicate found in its SimHash buckets
-- (the 64 earliest of each of the 4 bands: within 3 bits, at least one 16-bit band is equal).
local function link(id, sim, maxDist)
  if sim == '' then
    return
  end
  local best, bestC = nil, nil
  for band = 0, 3 do
    for _, cand in ipairs(redis.call('ZRANGE', bucket(sim, band), 0, 63)) do
      if cand ~= id then
        local cs = redis.call('HGET', P .. 'ix:' .. cand, 'sim')
        if cs and cs ~= '' and hamming(sim, cs) <= maxDist then
          local root = redis.call('HGET', P .. 'article:' .. cand, 'clusterId') or cand
          if root ~= id then
            local rc = tonumber(redis.call('HGET', P .. 'ix:' .. root, 'c') or '0')
            if not best or rc < bestC or (rc == bestC and root < best) then
              best, bestC = root, rc
            end
          end
        end
      end
    end
  end
  if not best then
    return
  end
  redis.call('SADD', P .. 'cluster:' .. best, best, id)
  redis.call('HSET', P .. 'article:' .. best, 'clusterId', best)
  redis.call('HSET', P .. 'article:' .. id, 'clusterId', best, 'duplicateOf', best)
end
