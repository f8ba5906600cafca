# A thin front end over CMake. The two commands a newcomer needs:
#   make run    build and start the main job
#   make test   install what is missing (as root), build and run every test lane
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
MINGW64 := -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/toolchains/mingw-w64-x86_64.cmake
MINGW32 := -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/toolchains/mingw-w64-i686.cmake

.PHONY: all deps native run bench bench-instructions fuzz test clean flag-table

all: native

deps:
	@sh scripts/install-deps.sh

# Installs w3compat for users' projects: natively into PREFIX, and a MinGW-w64 x86_64
# build (the DLLs, import libraries, headers, .pc files and the toolchain files in
# share/w3compat/toolchains) into MINGW_PREFIX. docs/testing-your-filter.md uses both.
.PHONY: install install-mingw
PREFIX ?= /usr/local
MINGW_PREFIX ?= /usr/local/w3compat-mingw64
install: deps
	cmake -S . -B $(BUILD)/install-native -DCMAKE_BUILD_TYPE=Release -DW3_BUILD_TESTS=OFF >/dev/null
	cmake --build $(BUILD)/install-native -j $(JOBS)
	cmake --install $(BUILD)/install-native --prefix $(PREFIX)
install-mingw: deps
	cmake -S . -B $(BUILD)/install-mingw64 -DCMAKE_BUILD_TYPE=Release -DW3_BUILD_TESTS=OFF $(MINGW64) >/dev/null
	cmake --build $(BUILD)/install-mingw64 -j $(JOBS)
	cmake --install $(BUILD)/install-mingw64 --prefix $(MINGW_PREFIX)

native: deps
	@mkdir -p $(BUILD)
	cmake -S . -B $(BUILD)/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD)/native -j $(JOBS)

# w3host on 127.0.0.1:$(PORT) (8080 unless `make run PORT=9000`) serving samples/site/
# with sample ISAPI filters (samples/filters/NAME.c -> bin/NAME.so) and sample native
# modules (samples/modules/NAME.cpp -> bin/NAME.so) that all let the static site through.
# Ctrl-C drains and stops it.
RUN_FILTERS := header_rewrite conn_counter custom_log
RUN_MODULES := secure_headers context_counter request_counter
# Only what it runs is built (w3host and the sample extensions), not the test programs.
PORT ?= 8080
run: deps
	@mkdir -p $(BUILD)
	cmake -S . -B $(BUILD)/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD)/native -j $(JOBS) --target w3host $(RUN_FILTERS) $(RUN_MODULES)
	@bin=$(BUILD)/native/bin; mkdir -p $(BUILD)/logs; args=""; \
	for name in $(RUN_FILTERS); do \
	    [ -f samples/filters/$$name.c ] && [ -f "$$bin/$$name.so" ] || \
	        { echo "make run: $$bin/$$name.so was not built" >&2; exit 2; }; \
	    args="$$args --filter $$bin/$$name.so"; \
	done; \
	for name in $(RUN_MODULES); do \
	    [ -f samples/modules/$$name.cpp ] && [ -f "$$bin/$$name.so" ] || \
	        { echo "make run: $$bin/$$name.so was not built" >&2; exit 2; }; \
	    args="$$args --module $$bin/$$name.so"; \
	done; \
	echo ""; \
	echo "w3host serving $(CURDIR)/samples/site at  http://127.0.0.1:$(PORT)/"; \
	echo "ISAPI filters:"; \
	echo "  header_rewrite   a request with X-Original-URL: /path is served for /path; responses"; \
	echo "                   lose Server and get X-Content-Type-Options: nosniff"; \
	echo "  conn_counter     X-Request-Count: requests so far on this connection"; \
	echo "  custom_log       its own log, $(BUILD)/logs/custom_log.txt (passwords in the"; \
	echo "                   query string masked in the W3C log too)"; \
	echo "Native modules:"; \
	echo "  secure_headers   X-Frame-Options: DENY, cookies made HttpOnly; Secure,"; \
	echo "                   X-Powered-By removed"; \
	echo "  context_counter  X-Notifications-Seen (this request), X-Connection-Requests"; \
	echo "  request_counter  a global module: X-Request-Number, counted in GL_PRE_BEGIN_REQUEST"; \
	echo "W3C log files:     $(BUILD)/logs/u_exYYMMDD.log"; \
	echo "Try:"; \
	echo "  curl -i http://127.0.0.1:$(PORT)/                  (every header above; run it twice)"; \
	echo "  curl -i http://127.0.0.1:$(PORT)/ http://127.0.0.1:$(PORT)/css/site.css"; \
	echo "                                  (one connection: X-Request-Count and X-Connection-Requests 1, 2)"; \
	echo "  curl -i http://127.0.0.1:$(PORT)/ -H 'X-Original-URL: /css/site.css'   (rewritten: the CSS)"; \
	echo "  curl -i 'http://127.0.0.1:$(PORT)/?user=a&password=secret'  (then look at both logs)"; \
	echo "  curl -i http://127.0.0.1:$(PORT)/css/site.css -H 'Range: bytes=0-15'  (206)"; \
	echo "  curl -I http://127.0.0.1:$(PORT)/images/w3.svg    (note the ETag, then"; \
	echo "  curl -i http://127.0.0.1:$(PORT)/images/w3.svg -H 'If-None-Match: <ETag>'  for a 304)"; \
	echo "  curl -i --path-as-is http://127.0.0.1:$(PORT)/../etc/passwd   (400: cannot leave the root)"; \
	echo "Ctrl-C stops it (in-flight requests finish first)."; \
	echo ""; \
	W3_SAMPLE_LOG=$(BUILD)/logs/custom_log.txt \
	exec $$bin/w3host --root $(CURDIR)/samples/site --listen 127.0.0.1:$(PORT) \
	    --log-dir $(BUILD)/logs $$args

# Benchmarks, native only (figures under Wine mean nothing): the engine's pools against
# malloc, then w3host against nginx with wrk (installs nginx and wrk when missing and run
# as root). BENCH_CASES: which of bench/http_bench.sh's cases; BENCH_SECONDS: how long
# each wrk run lasts.
BENCH_SECONDS ?= 10
BENCH_CASES ?= hello realistic static idle
bench: native
	$(BUILD)/native/bin/pool_bench
	BENCH_CASES="$(BENCH_CASES)" sh bench/http_bench.sh $(BUILD)/native $(BENCH_SECONDS)

# The container image (packaging/docker/Dockerfile), built and checked against a running
# Docker daemon; not part of `make test` (docs/operations.md, "Containers").
.PHONY: docker-check
docker-check:
	sh scripts/docker-check.sh

# Instructions per request (callgrind), the figure a loaded machine does not blur.
bench-instructions: native
	sh bench/instructions_per_request.sh $(BUILD)/native

# Fuzzing (clang, libFuzzer, ASan+UBSan; build/fuzz): every target of fuzz/ for
# FUZZ_SECONDS each, growing its corpus in build/fuzz/corpus. `make test` runs the same
# for FUZZ_SMOKE_SECONDS each, after the lanes have replayed the committed corpora.
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 60
fuzz: deps
	@sh scripts/fuzz.sh $(FUZZ_SECONDS)

test: deps
	@mkdir -p $(BUILD)
	@sh scripts/check-layers.sh
	@python3 scripts/flag-table.py --check
	@sh scripts/run-lane.sh native $(BUILD)/native
	@sh scripts/run-lane.sh sanitize $(BUILD)/sanitize -DW3_SANITIZE=ON
	@W3_RERUN_FAILED=1 sh scripts/run-lane.sh wine64 $(BUILD)/wine64 $(MINGW64)
	@sh scripts/check-user-project.sh $(BUILD)/native $(BUILD)/wine64 $(BUILD)/user-project
	@if wine32_ok=$$(dpkg-query -W -f='$${Status}' wine32:i386 2>/dev/null) && \
	    echo "$$wine32_ok" | grep -q "install ok installed"; then \
	    W3_RERUN_FAILED=1 sh scripts/run-lane.sh wine32 $(BUILD)/wine32 $(MINGW32); \
	else \
	    sh scripts/build-lane.sh i686 $(BUILD)/wine32 $(MINGW32) && \
	    echo "=== lane wine32: not run, 32-bit Wine (wine32:i386) is not installed (see README)"; \
	fi
	@echo "=== fuzz smoke: $(FUZZ_SMOKE_SECONDS) s per target"
	@sh scripts/fuzz.sh $(FUZZ_SMOKE_SECONDS)

# host/README.md's flag tables, from host/src/flags.def.
flag-table:
	python3 scripts/flag-table.py

clean:
	rm -rf $(BUILD)
