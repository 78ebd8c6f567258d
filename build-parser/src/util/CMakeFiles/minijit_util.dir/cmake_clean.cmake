file(REMOVE_RECURSE
  "CMakeFiles/minijit_util.dir/error.cpp.o"
  "CMakeFiles/minijit_util.dir/error.cpp.o.d"
  "CMakeFiles/minijit_util.dir/source.cpp.o"
  "CMakeFiles/minijit_util.dir/source.cpp.o.d"
  "libminijit_util.a"
  "libminijit_util.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/minijit_util.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
