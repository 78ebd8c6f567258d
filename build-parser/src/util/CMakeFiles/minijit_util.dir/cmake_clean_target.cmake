file(REMOVE_RECURSE
  "libminijit_util.a"
)
