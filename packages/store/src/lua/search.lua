if #q.groups > 0 then
  searchText()
else
  searchWalk()
end

-- the page, after the cursor
local page = {}
for _, m in ipairs(matches) do
  if #page >= 3 * (q.limit + 1) then
    break
  end
  if afterCursor(m[2], m[1]) then
    local id = m[3] or idOf(m[1])
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
  local function count(t)
    if not counts[t] then
      counts[t] = 0
      names[#names + 1] = t
    end
    counts[t] = counts[t] + 1
  end
  for i = 1, math.min(q.facets, #matches) do
    local m = matches[i]
    local id, tags, full = m[3], m[4], m[5]
    if #q.groups > 0 and not tags then
      local _time
      id, _time, full, tags = docOf(m[1])
    end
    if tags and full then
      for t in string.gmatch(tags, '[^\n]+') do
        count(t)
      end
    else
      -- no text (matches by id), or a tag list the doc entry could not hold: the record's tags
      local json = id and redis.call('HGET', P .. 'article:' .. id, 'tags')
      if json then
        for _, t in ipairs(cjson.decode(json)) do
          count(t)
        end
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
