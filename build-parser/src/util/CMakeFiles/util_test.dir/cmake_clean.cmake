file(REMOVE_RECURSE
  "../../bin/util_test"
  "../../bin/util_test.pdb"
  "CMakeFiles/util_test.dir/source_test.cpp.o"
  "CMakeFiles/util_test.dir/source_test.cpp.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/util_test.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
