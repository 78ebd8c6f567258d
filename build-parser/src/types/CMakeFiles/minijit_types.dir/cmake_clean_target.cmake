file(REMOVE_RECURSE
  "libminijit_types.a"
)
