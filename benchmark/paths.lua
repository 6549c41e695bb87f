-- wrk script: each request takes the next path from the file named by the PATHS environment variable,
-- so that one run spreads over many ids or queries instead of hitting one cached answer.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  paths[#paths + 1] = line
end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
