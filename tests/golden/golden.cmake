# Golden end-to-end test: runs the binary and compares its output byte for byte with a committed
# file. With KLARTJEK_UPDATE_GOLDEN=1 in the environment it rewrites the file instead.
#   -DCMD="prog|args" -DEXPECTED=path -DACTUAL=path
string(REPLACE "|" ";" CMD "${CMD}")
execute_process(COMMAND ${CMD} RESULT_VARIABLE rc OUTPUT_FILE ${ACTUAL} ERROR_VARIABLE err TIMEOUT 120)
if(rc GREATER 1)
  message(FATAL_ERROR "command failed (${rc}): ${err}")
endif()
if("$ENV{KLARTJEK_UPDATE_GOLDEN}" STREQUAL "1")
  configure_file(${ACTUAL} ${EXPECTED} COPYONLY)
  return()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${ACTUAL} ${EXPECTED} RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  execute_process(COMMAND diff -u ${EXPECTED} ${ACTUAL} OUTPUT_VARIABLE d)
  string(SUBSTRING "${d}" 0 6000 d)
  message(FATAL_ERROR "output differs from ${EXPECTED} (rerun with KLARTJEK_UPDATE_GOLDEN=1 to accept):\n${d}")
endif()
