-- One more call in a fixed window: KEYS[1] counts the calls, ARGV[1] is the window in milliseconds.
-- Atomic in Redis, so replicas of the gateway share one count. Returns {calls, milliseconds until the window ends}.
local calls = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if calls == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {calls, ttl}
