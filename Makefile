# A thin front end over CMake. The two commands a newcomer needs:
#   make run    build and start the main job
#   make test   install what is missing (as root), build and run every test lane
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
MINGW64 := -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/toolchains/mingw-w64-x86_64.cmake
MINGW32 := -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/toolchains/mingw-w64-i686.cmake

.PHONY: all deps native run test test-native test-sanitize test-wine64 test-wine32 clean

all: native

deps:
	@sh scripts/install-deps.sh

native: deps
	@mkdir -p $(BUILD)
	cmake -S . -B $(BUILD)/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD)/native -j $(JOBS)

# w3host on 127.0.0.1:8080 serving samples/site/, with every sample filter that was built
# (samples/filters/NAME/ -> bin/NAME.so) loaded. Ctrl-C drains and stops it.
run: native
	@bin=$(BUILD)/native/bin; filters=""; \
	for d in samples/filters/*/; do \
	    [ -d "$$d" ] || continue; name=$$(basename "$$d"); \
	    for f in "$$bin/$$name.so" "$$bin/lib$$name.so"; do \
	        [ -f "$$f" ] && filters="$$filters --filter $$f"; \
	    done; \
	done; \
	echo ""; \
	echo "w3host serving $(CURDIR)/samples/site at  http://127.0.0.1:8080/"; \
	echo "  filters loaded:$${filters:- none}" | sed 's/ --filter / /g'; \
	echo "  W3C log files:  $(BUILD)/logs/u_exYYMMDD.log"; \
	echo "Try:"; \
	echo "  curl -i http://127.0.0.1:8080/                                   (default document)"; \
	echo "  curl -i http://127.0.0.1:8080/css/site.css -H 'Range: bytes=0-15'  (206)"; \
	echo "  curl -I http://127.0.0.1:8080/images/w3.svg                      (note the ETag, then"; \
	echo "  curl -i http://127.0.0.1:8080/images/w3.svg -H 'If-None-Match: <ETag>'  for a 304)"; \
	echo "  curl -i --path-as-is http://127.0.0.1:8080/../etc/passwd         (400: cannot leave the root)"; \
	echo "Ctrl-C stops it (in-flight requests finish first)."; \
	echo ""; \
	exec $$bin/w3host --root $(CURDIR)/samples/site --listen 127.0.0.1:8080 --log-dir $(BUILD)/logs $$filters

test: deps
	@mkdir -p $(BUILD)
	@sh scripts/run-lane.sh native $(BUILD)/native
	@sh scripts/run-lane.sh sanitize $(BUILD)/sanitize -DW3_SANITIZE=ON
	@W3_RERUN_FAILED=1 sh scripts/run-lane.sh wine64 $(BUILD)/wine64 $(MINGW64)
	@if wine32_ok=$$(dpkg-query -W -f='$${Status}' wine32:i386 2>/dev/null) && \
	    echo "$$wine32_ok" | grep -q "install ok installed"; then \
	    W3_RERUN_FAILED=1 sh scripts/run-lane.sh wine32 $(BUILD)/wine32 $(MINGW32); \
	else \
	    sh scripts/build-lane.sh i686 $(BUILD)/wine32 $(MINGW32); \
	    echo "=== lane wine32: not run, 32-bit Wine (wine32:i386) is not installed (see README)"; \
	fi

clean:
	rm -rf $(BUILD)
