-- Takes away the segments mergers began and never swapped in (they died, or outlived their lease). Run by the
-- merger that holds the lease, so every id still listed in segwip (KEYS[1]) is no live merge's. ARGV: 1 key prefix.
-- An id a write chunk took since (ids restart when a namespace empties) is registered and stays. Returns how many
-- ids were listed.
local ids = redis.call('HKEYS', KEYS[1])
for _, id in ipairs(ids) do
  if redis.call('HEXISTS', ARGV[1] .. 'segs', id) == 0 then
    redis.call('DEL', ARGV[1] .. 'seg:' .. id)
  end
end
redis.call('DEL', KEYS[1])
return #ids
