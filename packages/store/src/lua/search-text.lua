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

local function searchText()
  -- per group: the stems that have postings, their sizes, and the group's IDF (from its largest stem)
  local groups, df, idf = {}, {}, {}
  for gi, g in ipairs(q.groups) do
    local vs, m = {}, 0
    for _, t in ipairs(g) do
      local c = redis.call('ZCARD', P .. 'ft:' .. t)
      if c > 0 then
        vs[#vs + 1] = P .. 'ft:' .. t
        m = math.max(m, c)
      end
    end
    groups[gi], df[gi] = vs, m
    idf[gi] = math.log(1 + (N - m + 0.5) / (m + 0.5)) / SCALE
  end
  local function best(gi, num)
    local b = nil
    for _, key in ipairs(groups[gi]) do
      local s = redis.call('ZSCORE', key, num)
      if s then
        s = tonumber(s)
        if not b or s > b then
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
      id, time, full, tags = docOf(num)
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
    local bufs = {}
    for k, key in ipairs(groups[1]) do
      bufs[k] = {key = key, items = {}, pos = 1, off = 0, done = false}
    end
    local function head(b)
      if b.pos > #b.items and not b.done then
        b.items = redis.call('ZREVRANGE', b.key, b.off, b.off + CHUNK - 1, 'WITHSCORES')
        b.off, b.pos = b.off + CHUNK, 1
        b.done = #b.items < 2 * CHUNK
      end
      if b.pos <= #b.items then
        return tonumber(b.items[b.pos + 1]), b.items[b.pos]
      end
    end
    -- as many candidates as the several-word scan reads from this word: the top perTerm of each stem
    local cap = math.min(q.maxScan, q.perTerm * #bufs)
    local seen, inPage, exhausted = {}, 0, false
    while true do
      local top, topS, topNum = nil, nil, nil
      for _, b in ipairs(bufs) do
        local s, num = head(b)
        if s and (not top or s > topS or (s == topS and num > topNum)) then
          top, topS, topNum = b, s, num
        end
      end
      if not top then
        exhausted = true
        break
      end
      if scanned >= cap or (inPage >= needPage and #matches >= needAll) then
        break
      end
      top.pos = top.pos + 2
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
    elseif not needId and #groups[1] == 1 then
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
  local seen = {}
  for _, gi in ipairs(drivers) do
    if df[gi] > q.perTerm then
      exact = 0
    end
    for _, key in ipairs(groups[gi]) do
      local post = redis.call('ZREVRANGE', key, 0, q.perTerm - 1, 'WITHSCORES')
      for i = 1, #post, 2 do
        local num = post[i]
        if not seen[num] and scanned < q.maxScan then
          seen[num] = true
          scanned = scanned + 1
          local s, ok = 0, true
          for _, g in ipairs(order) do
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
