-- The language server with a real client: Neovim's built-in LSP client (0.7, Debian 12's package) starts
-- `contentlint lsp`, opens a junk article, waits for its diagnostics, applies the "fix all" code action as Neovim
-- applies any workspace edit, and checks that the buffer is then exactly the article as `contentlint fix` leaves it.
--
--   CONTENTLINT="contentlint" ARTICLE=/tmp/w/junk.txt EXPECTED=/tmp/fixed/junk.txt \
--     nvim --headless -u NONE -i NONE -n -c "luafile tests/Neovim/fix-all.lua"
--
-- CONTENTLINT is the command (words split on spaces: "dotnet path/ContentLint.Cli.dll" works too), ARTICLE the
-- article inside the workspace folder the server is started in, EXPECTED the fixed article. Exit code 0 on success.

local timeout = 120000

local function finish(code, message)
  io.stderr:write(message .. "\n")
  vim.cmd((code == 0 and "qall!" or "cquit " .. code))
end

local function check(condition, message)
  if not condition then
    finish(1, "neovim check FAILED: " .. message)
    error(message)
  end
end

local command = vim.split(assert(os.getenv("CONTENTLINT"), "CONTENTLINT is not set"), " ", { trimempty = true })
table.insert(command, "lsp")
local article = assert(os.getenv("ARTICLE"), "ARTICLE is not set")
local expected_path = assert(os.getenv("EXPECTED"), "EXPECTED is not set")

vim.cmd("edit " .. vim.fn.fnameescape(article))
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "contentlint",
  cmd = command,
  root_dir = vim.fn.fnamemodify(article, ":p:h"),
  on_stderr = function(_, data) io.stderr:write(data) end,
})
check(client_id ~= nil, "the client did not start")
vim.lsp.buf_attach_client(buffer, client_id)

-- 1. Diagnostics are pushed for the open buffer, with the rule ids as codes.
check(vim.wait(timeout, function() return #vim.diagnostic.get(buffer) > 0 end, 50), "no diagnostics within the timeout")
local codes = {}
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  codes[diagnostic.code] = true
end
for _, expected in ipairs({ "CL3003", "CL3004", "CL3006" }) do
  check(codes[expected], "no " .. expected .. " diagnostic; got " .. vim.inspect(vim.tbl_keys(codes)))
end
io.stderr:write(("neovim: %d diagnostics, codes %s\n"):format(#vim.diagnostic.get(buffer), table.concat(vim.tbl_keys(codes), " ")))

-- 2. The "fix all" code action, asked for as an editor asks on save (context.only = source.fixAll).
local client = vim.lsp.get_client_by_id(client_id)
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buffer) },
  range = { start = { line = 0, character = 0 }, ["end"] = { line = vim.api.nvim_buf_line_count(buffer), character = 0 } },
  context = { diagnostics = {}, only = { "source.fixAll" } },
}
local response = client.request_sync("textDocument/codeAction", params, timeout, buffer)
check(response ~= nil and response.err == nil, "codeAction failed: " .. vim.inspect(response))
local fix_all
for _, action in ipairs(response.result or {}) do
  if action.kind == "source.fixAll.contentlint" then
    fix_all = action
  end
end
check(fix_all ~= nil, "no source.fixAll.contentlint action in " .. vim.inspect(response.result))
vim.lsp.util.apply_workspace_edit(fix_all.edit, client.offset_encoding)

-- 3. The buffer is the fixed article, line for line.
local file = assert(io.open(expected_path, "rb"))
local expected_text = file:read("*a")
file:close()
local expected = vim.split(expected_text, "\n", { plain = true })
if expected_text:sub(-1) == "\n" then
  table.remove(expected)
end
local actual = vim.api.nvim_buf_get_lines(buffer, 0, -1, false)
check(vim.deep_equal(actual, expected), ("the buffer is not the fixed article:\n--- buffer\n%s\n--- expected\n%s"):format(table.concat(actual, "\n"), table.concat(expected, "\n")))

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish(0, ("neovim check passed: %d lines after the fix-all code action, as 'contentlint fix' leaves the article"):format(#actual))
