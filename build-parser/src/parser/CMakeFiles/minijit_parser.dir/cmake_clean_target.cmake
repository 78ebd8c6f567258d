file(REMOVE_RECURSE
  "libminijit_parser.a"
)
