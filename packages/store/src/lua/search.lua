-- Bounded search over the core-structure indexes (docs/redis-schema.md, "Queries").
-- KEYS[1] idx:indexed (routes the script to the namespace's slot). ARGV[1] key prefix, ARGV[2] JSON
-- {groups, mode, filters, from?, to?, sort, after?, limit, facets, perTerm, maxScan}.
-- Returns {total, exact (0|1), scanned, {id, value, tie, ...}, {tag, count, ...}}.
local P = ARGV[1]
local q = cjson.decode(ARGV[2])
local N = redis.call('ZCARD', KEYS[1])
local ranged = q.from ~= nil or q.to ~= nil
local lo = q.from or '-inf'
local hi = q.to or '+inf'

local function timeOf(id)
  return tonumber(redis.call('ZSCORE', P .. 'idx:time', id))
end

local function passes(id, skip)
  for i, f in ipairs(q.filters) do
    if i ~= skip then
      local ok = false
      for _, t in ipairs(f) do
        if redis.call('ZSCORE', P .. 'tagt:' .. t, id) then
          ok = true
          break
        end
      end
      if not ok then
        return false
      end
    end
  end
  if ranged and skip == 0 then
    local t = timeOf(id)
    if not t or (q.from and t < q.from) or (q.to and t > q.to) then
      return false
    end
  end
  return true
end

local matches = {}
local total, exact, scanned = 0, 1, 0
local SCALE = 10000

-- the article id of a doc number (postings name articles by number; filters, times and pages by id)
local function idOf(num)
  return redis.call('HGET', P .. 'docs', num)
end

if #q.groups > 0 then
  -- per group: the variants that have postings, their sizes, and the group's IDF (from its largest variant)
  local groups, df, idf = {}, {}, {}
  for gi, g in ipairs(q.groups) do
    local vs, m = {}, 0
    for _, t in ipairs(g) do
      local c = redis.call('ZCARD', P .. 'ft:' .. t)
      if c > 0 then
        vs[#vs + 1] = {t = P .. 'ft:' .. t, c = c}
        m = math.max(m, c)
      end
    end
    groups[gi], df[gi] = vs, m
    idf[gi] = math.log(1 + (N - m + 0.5) / (m + 0.5)) / SCALE
  end
  local function best(gi, num)
    local b = nil
    for _, v in ipairs(groups[gi]) do
      local s = redis.call('ZSCORE', v.t, num)
      if s then
        s = tonumber(s)
        if not b or s > b then
          b = s
        end
      end
    end
    return b
  end
  local empty = false
  if q.mode == 'and' then
    for gi = 1, #groups do
      if df[gi] == 0 then
        empty = true
      end
    end
  end
  -- impact-ordered early termination: AND is driven by the rarest term's top postings, OR by every term's
  local drivers = {}
  if empty then
    drivers = {}
  elseif q.mode == 'and' then
    local d = 1
    for gi = 2, #groups do
      if df[gi] < df[d] then
        d = gi
      end
    end
    drivers = {d}
  else
    for gi = 1, #groups do
      drivers[gi] = gi
    end
  end
  -- one term, no filters, by relevance: the score follows the impact, so the top postings are the answer
  local simple = #groups == 1 and #q.filters == 0 and not ranged and q.sort ~= 'published'
  local depth = q.perTerm
  if simple and not q.after then
    depth = math.max(q.limit + 1, q.facets)
  end
  local seen = {}
  for _, gi in ipairs(drivers) do
    if df[gi] > depth then
      exact = 0
    end
    for _, v in ipairs(groups[gi]) do
      local post = redis.call('ZREVRANGE', v.t, 0, depth - 1, 'WITHSCORES')
      for i = 1, #post, 2 do
        local num = post[i]
        if not seen[num] and scanned < q.maxScan then
          seen[num] = true
          scanned = scanned + 1
          local s, ok = 0, true
          for g = 1, #groups do
            local b
            if g == gi and #groups[g] == 1 then
              b = tonumber(post[i + 1])
            else
              b = best(g, num)
            end
            if b then
              s = s + idf[g] * b
            elseif q.mode == 'and' then
              ok = false
              break
            end
          end
          local id = nil
          if ok and (#q.filters > 0 or ranged or q.sort == 'published') then
            id = idOf(num)
            ok = id ~= false and passes(id, 0)
          end
          if ok then
            local val = math.floor(s * 1000000 + 0.5) / 1000000
            if q.sort == 'published' then
              val = timeOf(id) or 0
            end
            matches[#matches + 1] = {tonumber(num), val, id}
          end
        elseif not seen[num] then
          exact = 0
        end
      end
    end
  end
  table.sort(matches, function(a, b)
    if a[2] ~= b[2] then
      return a[2] > b[2]
    end
    return a[1] > b[1]
  end)
  total = #matches
  if simple and #groups[1] == 1 then
    total, exact = df[1], 1
  end
else
  -- no text: walk the smallest time-sorted set (a one-tag filter, or all articles) newest first
  local driverKey, skip = P .. 'idx:time', 0
  local best = redis.call('ZCOUNT', driverKey, lo, hi)
  for i, f in ipairs(q.filters) do
    if #f == 1 then
      local c = redis.call('ZCOUNT', P .. 'tagt:' .. f[1], lo, hi)
      if c <= best then
        best, driverKey, skip = c, P .. 'tagt:' .. f[1], i
      end
    end
  end
  local others = #q.filters - (skip > 0 and 1 or 0)
  local need = math.max(q.limit + 1, q.facets)
  local top = hi
  if q.after then
    top = q.after.v
  end
  local offset = 0
  local done = false
  while not done do
    local chunk = redis.call('ZREVRANGEBYSCORE', driverKey, top, lo, 'WITHSCORES', 'LIMIT', offset, 256)
    if #chunk == 0 then
      break
    end
    offset = offset + 256
    for i = 1, #chunk, 2 do
      local id, v = chunk[i], tonumber(chunk[i + 1])
      if not q.after or v < q.after.v or (v == q.after.v and id < q.after.id) then
        scanned = scanned + 1
        local ok = true
        if others > 0 then
          ok = passes(id, skip > 0 and skip or -1)
        end
        if ok then
          matches[#matches + 1] = {id, v, id}
        end
        if #matches >= need or scanned >= q.maxScan then
          done = true
          break
        end
      end
    end
  end
  if others == 0 then
    total = best
  elseif not done and not q.after then
    total = #matches
  else
    exact = 0
    total = math.floor(best * #matches / math.max(scanned, 1) + 0.5)
  end
end

-- the page, after the cursor (value, then tie-break: doc number for text, id otherwise; both descending)
local afterTie = nil
if q.after then
  afterTie = q.after.id
  if #q.groups > 0 then
    afterTie = tonumber(q.after.id) or 0
  end
end
local page = {}
for _, m in ipairs(matches) do
  if #page >= 3 * (q.limit + 1) then
    break
  end
  if not q.after or m[2] < q.after.v or (m[2] == q.after.v and m[1] < afterTie) then
    local id = m[3] or idOf(tostring(m[1]))
    if id then
      page[#page + 1] = id
      page[#page + 1] = string.format('%.17g', m[2])
      page[#page + 1] = tostring(m[1])
    end
  end
end

-- facet counts over the first matches in result order
local facets = {}
if q.facets > 0 then
  local counts, names = {}, {}
  for i = 1, math.min(q.facets, #matches) do
    local id = matches[i][3] or idOf(tostring(matches[i][1]))
    local tags = id and redis.call('HGET', P .. 'article:' .. id, 'tags')
    if tags then
      for _, t in ipairs(cjson.decode(tags)) do
        if not counts[t] then
          counts[t] = 0
          names[#names + 1] = t
        end
        counts[t] = counts[t] + 1
      end
    end
  end
  table.sort(names, function(a, b)
    if counts[a] ~= counts[b] then
      return counts[a] > counts[b]
    end
    return a < b
  end)
  for i = 1, math.min(#names, 200) do
    facets[#facets + 1] = names[i]
    facets[#facets + 1] = counts[names[i]]
  end
end
return {total, exact, scanned, page, facets}
