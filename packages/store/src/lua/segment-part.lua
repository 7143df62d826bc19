-- Writes a batch of a merged segment's fields under its new id, while that id is still listed in segwip (KEYS[1]) as
-- being written. ARGV: 1 key prefix, 2 the segment id, then field, value pairs. Returns 1, or 0 (nothing written)
-- when the id was swept: this merger outlived its lease and the next one took its unfinished segment away.
if redis.call('HEXISTS', KEYS[1], ARGV[2]) == 0 then
  return 0
end
redis.call('HSET', ARGV[1] .. 'seg:' .. ARGV[2], unpack(ARGV, 3))
return 1
