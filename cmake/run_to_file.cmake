# cmake -DBIN=prog -DARGS="a;b" -DOUT=file -P run_to_file.cmake: runs prog with ARGS, stdout to OUT.
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND ${BIN} ${ARGS} OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUT})
  message(FATAL_ERROR "${BIN} ${ARGS} failed: ${rc}")
endif()
