file(REMOVE_RECURSE
  "libminijit_lexer.a"
)
