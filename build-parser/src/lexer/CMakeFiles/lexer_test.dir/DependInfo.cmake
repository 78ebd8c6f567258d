
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/src/lexer/lexer_test.cpp" "src/lexer/CMakeFiles/lexer_test.dir/lexer_test.cpp.o" "gcc" "src/lexer/CMakeFiles/lexer_test.dir/lexer_test.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-parser/src/lexer/CMakeFiles/minijit_lexer.dir/DependInfo.cmake"
  "/work/main/build-parser/src/util/CMakeFiles/minijit_util.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
