-- Text: postings are doc number -> integer impact; the score is the sum over the query's word groups of IDF times
-- the best impact among the group's stems (BM25 with precomputed term parts).
local function sortMatches()
  table.sort(matches, function(a, b)
    if a[2] ~= b[2] then
      return a[2] > b[2]
    end
    return a[1] > b[1]
  end)
end

-- A cursor over one posting list of a segment bucket (text/postings.ts): `start` its first byte, `last` its last;
-- postings taken out (doc number 0) are stepped over.
local function cursor(value, start, count)
  return {s = value, first = start, pos = start - 6, last = start + 6 * count - 1, hs = nil, hn = nil}
end

-- Every live posting of a group's lists as doc number -> best impact (for checking many candidates against it).
local function decodeAll(list)
  local t = {}
  for _, c in ipairs(list) do
    local s = c.s
    for p = c.first, c.last, 6 do
      local a, b, d, e, f, g = string.byte(s, p, p + 5)
      local num = ((a * 256 + b) * 256 + d) * 256 + e
      if num ~= 0 then
        local imp = f * 256 + g
        local old = t[num]
        if not old or imp > old then
          t[num] = imp
        end
      end
    end
  end
  return t
end

-- moves a cursor to its next posting: c.hs its impact, c.hn its doc number (nil at the end)
local function advance(c)
  while true do
    c.pos = c.pos + 6
    if c.pos > c.last then
      c.hs, c.hn = nil, nil
      return
    end
    local a, b, d, e, f, g = string.byte(c.s, c.pos, c.pos + 5)
    local num = ((a * 256 + b) * 256 + d) * 256 + e
    if num ~= 0 then
      c.hs, c.hn = f * 256 + g, num
      return
    end
  end
end

-- The next posting of several lists merged in result order (impact, then doc number, both descending).
local function merged(list)
  for _, c in ipairs(list) do
    advance(c)
  end
  return function()
    local top = nil
    for _, c in ipairs(list) do
      local s = c.hs
      if s and (not top or s > top.hs or (s == top.hs and c.hn > top.hn)) then
        top = c
      end
    end
    if top then
      local s, num = top.hs, top.hn
      advance(top)
      return s, num
    end
  end
end

local function searchText()
  if q.after then
    q.after.id = tonumber(q.after.id) or -1
  end
  local segs = {}
  local reg = redis.call('HGETALL', P .. 'segs')
  for i = 1, #reg, 2 do
    local gen, buckets = string.match(reg[i + 1], '^%d+:(%d+):(%d+)$')
    -- a segment that lost postings (generation above 0) still counts them in its directory until it is merged
    segs[#segs + 1] = {key = P .. 'seg:' .. reg[i], buckets = tonumber(buckets), values = {}, exactCounts = gen == '0'}
  end
  -- per group: a cursor per stem and segment holding it, the stems' cursors, and the group's IDF (largest stem)
  local groups, stems, df, idf = {}, {}, {}, {}
  local inexact = false
  for gi, g in ipairs(q.groups) do
    local all, byStem, m = {}, {}, 0
    for _, t in ipairs(g) do
      local mine, c = {}, 0
      for _, seg in ipairs(segs) do
        local v, start, count = termList(seg.key, seg.buckets, seg.values, t)
        if start then
          local cur = cursor(v, start, count)
          all[#all + 1] = cur
          mine[#mine + 1] = cur
          c = c + count
          if not seg.exactCounts then
            inexact = true
          end
        end
      end
      if c > 0 then
        byStem[#byStem + 1] = mine
        m = math.max(m, c)
      end
    end
    groups[gi], stems[gi], df[gi] = all, byStem, m
    -- counts may include postings taken out since the last merge: never more than the articles there are
    m = math.min(m, N)
    df[gi] = m
    idf[gi] = math.log(1 + (N - m + 0.5) / (m + 0.5)) / SCALE
  end
  -- a candidate's other words: its forward entry (' term=impact … ') names every indexed term
  local fwdCache = {}
  -- (the needle starts with the term, not the space before it: a space would stop the scan at every entry)
  local needles = {}
  for gi, g in ipairs(q.groups) do
    needles[gi] = {}
    for k, t in ipairs(g) do
      needles[gi][k] = t .. '='
    end
  end
  -- groups whose postings are few next to the candidates to check: decoded whole, checked by table look-up
  local tables = {}
  local function best(gi, num)
    local tbl = tables[gi]
    if tbl then
      return tbl[num]
    end
    local f = fwdCache[num]
    if f == nil then
      f = redis.call('HGET', P .. 'fwd', num) or ''
      fwdCache[num] = f
    end
    local b = nil
    for _, needle in ipairs(needles[gi]) do
      local i = string.find(f, needle, 1, true)
      while i and string.byte(f, i - 1) ~= 32 do
        i = string.find(f, needle, i + 1, true)
      end
      if i then
        local s = tonumber(string.match(f, '^(%d+)', i + #needle))
        if s and (not b or s > b) then
          b = s
        end
      end
    end
    return b
  end
  -- filters, date range and time: by article id, looked up only for a candidate the words let through
  local needId = #q.filters > 0 or ranged or q.sort == 'published'
  local function consider(num, s)
    local id, time, full, tags = nil, nil, nil, nil
    if needId then
      local v = redis.call('HGET', P .. 'docs', num)
      if not v or failsFilters(v) then
        return false
      end
      id, time, full, tags = parseDoc(v)
      if not id or not passesDoc(id, time, full, tags) then
        return false
      end
    end
    local v = math.floor(s * 1000000 + 0.5) / 1000000
    if q.sort == 'published' then
      v = time or 0
    end
    matches[#matches + 1] = {num, v, id, tags, full}
    return afterCursor(v, num)
  end

  if #groups == 1 and q.sort ~= 'published' then
    -- One word by relevance: the score follows the impact, so the postings of the word's stems, merged in
    -- impact order, come in result order; stop as soon as the page (and the facet basis) is full.
    -- as many candidates as the several-word scan reads from this word: the top perTerm of each stem
    local cap = math.min(q.maxScan, q.perTerm * math.max(#stems[1], 1))
    -- Selective filters (each one tag): the articles carrying every filter (their intersection) can be checked for
    -- the word in their forward entries instead of reading the word's postings. Costs, relative (measured in
    -- µs at 100,000 articles): a posting read 5; an article checked 9 (its doc number, forward entry and, for a
    -- match, its doc entry); an intersection 0.8 per article of the rarest tag (0.3 to list a single tag). The
    -- intersection's size is estimated as if the tags were independent, and it is made when the estimate costs
    -- less than half the scan; when it comes out larger than the estimate by so much that checking it would cost
    -- more than the scan (tags that go together), the scan runs after all, so a wrong estimate costs at most half a
    -- scan more. Every match is found when the filters drive, so the total is exact.
    if #q.filters > 0 then
      local fkeys, rarest, size, share = {}, nil, nil, 1
      for _, f in ipairs(q.filters) do
        if #f ~= 1 then
          fkeys = nil
          break
        end
        local k = P .. 'tagt:' .. f[1]
        fkeys[#fkeys + 1] = k
        local n = redis.call('ZCARD', k)
        share = share * n / math.max(N, 1)
        if not size or n < size then
          rarest, size = k, n
        end
      end
      local postings = 0
      for _, c in ipairs(groups[1]) do
        postings = postings + (c.last - c.first + 1) / 6
      end
      local scan = 5 * math.min(cap, postings)
      local listing = (fkeys and #fkeys > 1) and 0.8 or 0.3
      local ids = nil
      if fkeys and listing * size + 9 * share * N < scan / 2 then
        if #fkeys == 1 then
          ids = redis.call('ZRANGE', rarest, 0, -1)
        else
          local args = {'ZINTER', #fkeys}
          for _, k in ipairs(fkeys) do
            args[#args + 1] = k
          end
          ids = redis.call(unpack(args))
        end
        if 9 * #ids > scan then
          ids = nil
        end
      end
      if ids then
        for _, id in ipairs(ids) do
          local num = tonumber(redis.call('HGET', P .. 'ix:' .. id, 'n'))
          if num then
            scanned = scanned + 1
            local b = best(1, num)
            if b then
              consider(num, idf[1] * b)
            end
          end
        end
        sortMatches()
        total = #matches
        return
      end
    end
    local nextPosting = merged(groups[1])
    local pendS, pendNum = nextPosting()
    local seen, inPage, exhausted = {}, 0, false
    while true do
      if not pendS then
        exhausted = true
        break
      end
      if scanned >= cap or (inPage >= needPage and #matches >= needAll) then
        break
      end
      local topS, topNum = pendS, pendNum
      pendS, pendNum = nextPosting()
      if not seen[topNum] then
        seen[topNum] = true
        scanned = scanned + 1
        if consider(topNum, idf[1] * topS) then
          inPage = inPage + 1
        end
      end
    end
    sortMatches()
    if exhausted then
      total = #matches
    elseif not needId and #stems[1] == 1 and not inexact then
      total = df[1]
    else
      -- an estimate: the share of scanned postings that matched, over the largest stem's postings
      exact = 0
      total = math.floor(df[1] * #matches / math.max(scanned, 1) + 0.5)
    end
    return
  end

  -- Several words (or by time): AND is driven by the rarest word's top postings, OR by every word's;
  -- each candidate's other words are looked up (impact-ordered early termination, bounded).
  local drivers = {}
  if q.mode == 'and' then
    local d = 1
    for gi = 1, #groups do
      if df[gi] == 0 then
        return
      end
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
  -- the rarest words are checked first: a candidate that lacks one is dropped after the fewest look-ups
  local order = {}
  for gi = 1, #groups do
    order[gi] = gi
  end
  table.sort(order, function(a, b)
    if df[a] ~= df[b] then
      return df[a] < df[b]
    end
    return a < b
  end)
  -- candidates to check: the drivers' top postings; a group with at most 4 postings per candidate is decoded
  local expected = 0
  for _, gi in ipairs(drivers) do
    expected = expected + math.min(df[gi], q.perTerm) * #stems[gi]
  end
  expected = math.min(expected, q.maxScan)
  for gi = 1, #groups do
    local n = 0
    for _, c in ipairs(groups[gi]) do
      n = n + (c.last - c.first + 1) / 6
    end
    if n <= 4 * expected and n <= 60000 then
      tables[gi] = decodeAll(groups[gi])
    end
  end
  local seen = {}
  for _, gi in ipairs(drivers) do
    if df[gi] > q.perTerm then
      exact = 0
    end
    for _, lists in ipairs(stems[gi]) do
      local nextPosting = merged(lists)
      for _ = 1, q.perTerm do
        local imp, num = nextPosting()
        if not imp then
          break
        end
        if not seen[num] and scanned < q.maxScan then
          seen[num] = true
          scanned = scanned + 1
          local s, ok = 0, true
          for _, g in ipairs(order) do
            local b
            if g == gi and #stems[g] == 1 then
              b = imp
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
          if ok then
            consider(num, s)
          end
        elseif not seen[num] then
          exact = 0
        end
      end
    end
  end
  sortMatches()
  total = #matches
end
