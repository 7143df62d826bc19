-- Bounded search over the core-structure indexes (docs/redis-schema.md, "Queries"). The script is this file,
-- search-text.lua, search-walk.lua and search.lua, in that order.
-- KEYS[1] idx:indexed (routes the script to the namespace's slot). ARGV[1] key prefix, ARGV[2] JSON
-- {groups, mode, filters, from?, to?, sort, after?, limit, facets, perTerm, maxScan}.
-- Returns {total, exact (0|1), scanned, {id, value, tie, ...}, {tag, count, ...}}.
-- A match is {tie, value, id or nil}: the tie-break is the doc number (text, compared as a number: the order of
-- the posting lists) or the id (no text, compared as a string: the order ZREVRANGE gives equal scores); results
-- are by value, then tie, both descending.
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
local CHUNK = 250
-- matches a page needs: one more than the limit after the cursor, and the facet basis on the first page
local needPage = q.limit + 1
local needAll = q.after and 0 or q.facets

local function afterCursor(v, tie)
  return not q.after or v < q.after.v or (v == q.after.v and tie < q.after.id)
end

-- a doc entry taken apart: id, article time, whether its tag list is complete, and its tags framed by newlines
local function parseDoc(v)
  local id, time, bang, tags = string.match(v, '^([^\n]*)\n([^\n!]*)(!?)\n(.*)$')
  return id, tonumber(time), bang == '', '\n' .. (tags or '') .. '\n'
end

-- a doc number's id, article time, whether its tag list is complete, and its tags framed by newlines
local function docOf(num)
  local v = redis.call('HGET', P .. 'docs', num)
  if not v then
    return nil
  end
  return parseDoc(v)
end

-- per filter, its tags as needles '\n<tag>' for a doc entry's tag list (holdsTag checks that the whole tag
-- follows); nil when a filter tag holds a newline (such a tag is never in the list: passesDoc asks its tagt set)
local filterNeedles = {}
for i, f in ipairs(q.filters) do
  local needles = {}
  for k, t in ipairs(f) do
    if string.find(t, '\n', 1, true) then
      filterNeedles = nil
      break
    end
    needles[k] = '\n' .. t
  end
  if not filterNeedles then
    break
  end
  filterNeedles[i] = needles
end

-- Whether test(tag, a, b, c) holds for some tag of a filter (a filter passes when one of its tags does).
local function anyTag(tags, test, a, b, c)
  for _, t in ipairs(tags) do
    if test(t, a, b, c) then
      return true
    end
  end
  return false
end

-- Whether needle ('\n<tag>') stands in entry v as a whole tag after position b: followed by the next newline or the
-- end (the search goes on past a longer tag that begins with it).
local function holdsTag(needle, v, b, len)
  local at = string.find(v, needle, b, true)
  while at do
    local after = at + #needle
    if after > len or string.byte(v, after) == 10 then
      return true
    end
    at = string.find(v, needle, at + 1, true)
  end
  return false
end

-- Whether a raw doc entry's complete tag list lacks every tag of some filter: most candidates of a filtered scan
-- are turned away so, before the entry is taken apart. False when it cannot tell (an incomplete list).
local function failsFilters(v)
  if not filterNeedles or #filterNeedles == 0 then
    return false
  end
  local a = string.find(v, '\n', 1, true)
  local b = a and string.find(v, '\n', a + 1, true)
  -- no tags, or a '!' after the time: the list is not complete
  if not b or string.byte(v, b - 1) == 33 then
    return false
  end
  for _, needles in ipairs(filterNeedles) do
    if not anyTag(needles, holdsTag, v, b, #v) then
      return true
    end
  end
  return false
end

local function idOf(num)
  local id = docOf(num)
  return id
end

-- whether a doc carries a tag: by plain find in its framed tag list, or in the tag's tagt set when the list is
-- incomplete or the tag holds a newline
local function carries(t, id, full, tags)
  if full and not string.find(t, '\n', 1, true) then
    return string.find(tags, '\n' .. t .. '\n', 1, true) ~= nil
  end
  return redis.call('ZSCORE', P .. 'tagt:' .. t, id) ~= false
end

-- the filters and date range, checked on a doc's entry (its tags by plain find; tagt only when incomplete)
local function passesDoc(id, time, full, tags)
  for _, f in ipairs(q.filters) do
    if not anyTag(f, carries, id, full, tags) then
      return false
    end
  end
  if ranged and (not time or (q.from and time < q.from) or (q.to and time > q.to)) then
    return false
  end
  return true
end
