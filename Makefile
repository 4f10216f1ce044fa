# The two commands of the README:
#   make site   installs what is missing, builds niemyet, writes the sample site and posters to public/
#   make test   installs what is missing, builds everything once, runs the whole test suite
SWIFT ?= swift
CONFIG ?= release
# Release builds link the Swift runtime and Foundation statically: the dynamic loader's
# symbol look-ups took 12 ms of every run (BENCHMARKS.md). The bench scripts build the same way.
STATIC = $(if $(filter release,$(CONFIG)),--static-swift-stdlib)

.PHONY: site test deps test-deps build build-tests bench fuzz fuzz-build sanitize sanitize-address sanitize-thread clean completions man

site: deps
	$(SWIFT) build -c $(CONFIG) --product niemyet $(STATIC)
	.build/$(CONFIG)/niemyet build .

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

deps:
	scripts/install-deps.sh runtime

test-deps:
	scripts/install-deps.sh test

# Every benchmark, then one table of ratios (QUICK=1 for small corpora).
bench:
	scripts/install-deps.sh bench
	scripts/bench.sh

# libFuzzer targets of the separate Fuzz/ package (see Fuzz/README.md): each runs
# FUZZ_SECONDS from its corpus in Tests/Fuzz/corpus/<target>/, two at a time.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS = FuzzFrontMatter FuzzTurnaround FuzzSpreadsheet FuzzPostingText
FUZZ_FLAGS = -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz-build: test-deps
	$(SWIFT) build $(FUZZ_FLAGS)

fuzz: fuzz-build
	Fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The whole test suite under AddressSanitizer, then ThreadSanitizer, each in its own
# build folder; `make sanitize-address` or `make sanitize-thread` runs one alone. Slow; not
# part of `make test`. See Fuzz/README.md for what they found.
# LeakSanitizer skips the caches fontconfig and Foundation keep for the process's life
# (Fuzz/lsan.supp); ThreadSanitizer skips the bodies of Mutex.withLock, whose contended
# hand-over it cannot see (Fuzz/tsan.supp). The tests' child niemyet processes inherit both.
sanitize: sanitize-address sanitize-thread

sanitize-address: test-deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan.supp $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

sanitize-thread: test-deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	TSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/tsan.supp $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

clean:
	rm -rf .build .build-asan .build-tsan Fuzz/.build public

# Shell completions and the man page are generated from the command definitions; the
# results are committed under docs/. Completions keep the default (Vietnamese) help texts.
# The man page is written in English: ArgumentParser's generate-manual keeps only ASCII
# characters, which would garble Vietnamese.
completions:
	$(SWIFT) build --product niemyet
	mkdir -p docs/completions
	env -u LANG -u LC_ALL -u LC_MESSAGES .build/debug/niemyet --generate-completion-script bash > docs/completions/niemyet.bash
	env -u LANG -u LC_ALL -u LC_MESSAGES .build/debug/niemyet --generate-completion-script zsh > docs/completions/_niemyet
	env -u LANG -u LC_ALL -u LC_MESSAGES .build/debug/niemyet --generate-completion-script fish > docs/completions/niemyet.fish

man:
	mkdir -p docs/man
	env -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8 $(SWIFT) package plugin generate-manual --configuration debug \
		--date $$(git log -1 --format=%cs -- Sources/niemyet)
	cp .build/plugins/GenerateManual/outputs/niemyet/niemyet.1 docs/man/niemyet.1
