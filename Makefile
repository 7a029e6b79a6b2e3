# dhr-pipeline: every command a DHR Officer or author needs, as one make target each.
# `make demo` sets everything up and runs the pipeline on the bundled sample case;
# `make test` sets up and runs the tests.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CASE   ?= samples/northbridge-01
OUT    ?=
# The synthetic sample case's review password, given only when the case (or every case of
# CASES) is the sample: another case never gets it. For a real review, set DHR_PASSWORD yourself.
SAMPLE_CASE     := samples/northbridge-01
SAMPLE_PASSWORD := Northbridge-DHR-2022
only_sample = $(if $(strip $(1)),$(if $(filter-out $(abspath $(SAMPLE_CASE)),$(abspath $(1))),,yes))

APT_PACKAGES := libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito fonts-crosextra-caladea \
	tesseract-ocr
OUT_FLAG = $(if $(OUT),--out $(OUT),)
# Cases for `make reprocess`: the sample case unless CASES is given. The sample's other two
# cases are not for reprocessing: northbridge-02 is a review in progress (returns still awaited,
# no drafts) and northbridge-03 keeps only the record of a review published in 2021, without its
# papers; both are for `dhr status` and the CSP's reports.
CASES ?= $(SAMPLE_CASE)
# The sample's cases (three), for the status table at the end of `make demo`, on a date when each
# has something to show (NB02's returns overdue, NB03's 36 months on the website ending).
SAMPLE_CASES := $(patsubst %/case.yaml,%,$(wildcard samples/*/case.yaml))
STATUS_DAY   := 2024-11-30
# `make status` and `make actions` look at all the sample's cases unless CASES is given.
REVIEW_CASES = $(if $(filter command line environment,$(origin CASES)),$(CASES),$(SAMPLE_CASES))
ifeq ($(DHR_PASSWORD),)
test test-fast: export DHR_PASSWORD := $(SAMPLE_PASSWORD)
ifneq ($(call only_sample,$(CASE)),)
demo merge-chronology drafts qa publish preview names trawl returns forms: export DHR_PASSWORD := $(SAMPLE_PASSWORD)
endif
ifneq ($(call only_sample,$(CASES)),)
reprocess: export DHR_PASSWORD := $(SAMPLE_PASSWORD)
endif
ifeq ($(filter command line environment,$(origin CASES)),)
status actions report: export DHR_PASSWORD := $(SAMPLE_PASSWORD)
endif
ifneq ($(filter $(abspath $(SAMPLE_CASE))/%,$(abspath $(IN))),)
anonymise: export DHR_PASSWORD := $(SAMPLE_PASSWORD)
endif
endif

.PHONY: setup system-packages demo merge-chronology drafts qa publish preview reprocess anonymise \
	names templates test trawl returns \
	test-fast bench eval lint sample clean

setup: $(VENV)/.installed system-packages

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,distributed]'
	$(BIN)/python -c "from pipeline.anonymise.lexicon import build_cache; build_cache()"
	@touch $@

# LibreOffice and poppler (for PDFs) and Tesseract (to read the pictures in a report) come from
# Debian's packages: installed here when we are root with apt-get, otherwise the one command to
# run is printed.
system-packages:
	@if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 \
		&& command -v tesseract >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing LibreOffice, poppler and Tesseract from Debian's packages..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends $(APT_PACKAGES) >/dev/null; \
	else \
		echo "Publishing PDFs needs LibreOffice, poppler and Tesseract; install them with:"; \
		echo "  sudo apt-get install -y --no-install-recommends $(APT_PACKAGES)"; \
	fi

demo: setup
	$(BIN)/dhr trawl $(CASE) $(OUT_FLAG)
	$(BIN)/dhr returns $(CASE) $(OUT_FLAG) --today 2022-07-31
	$(BIN)/dhr merge-chronology $(CASE) $(OUT_FLAG)
	$(BIN)/dhr drafts $(CASE) $(OUT_FLAG)
	$(BIN)/dhr qa $(CASE) $(OUT_FLAG)
	@mkdir -p $(CASE)/output/anonymised
	$(BIN)/dhr anonymise $(CASE)/imrs/northbridge_police_imr.docx \
		--map pseudonym_maps/northbridge-01.yaml \
		--out $(CASE)/output/anonymised/northbridge_police_imr.docx
	$(BIN)/dhr publish $(CASE) $(OUT_FLAG)
	@echo "Batch reprocessing: the first run records every input; a second run skips all stages."
	$(BIN)/dhr reprocess $(CASE)
	$(BIN)/dhr reprocess $(CASE)
	@echo "The DHR Officer's view of the sample's three reviews on $(STATUS_DAY):"
# dhr status exits 1 when anything is overdue (for a scheduler); on this date something is, so
# exit status 1 is the answer expected here, and any other stops the demo.
	$(BIN)/dhr status $(SAMPLE_CASES) --today $(STATUS_DAY) \
		--out $(or $(OUT),$(CASE)/output)/status.xlsx || [ $$? -eq 1 ]

# Request packs for every agency in OUT/trawl/<agency>/, protected with DHR_PASSWORD.
trawl: setup
	$(BIN)/dhr trawl $(CASE) $(OUT_FLAG)

# The returns tracker: what has arrived, what is overdue, the problems to send back.
# make returns [CASE=…] [TODAY=YYYY-MM-DD]
returns: setup
	$(BIN)/dhr returns $(CASE) $(OUT_FLAG) $(if $(TODAY),--today $(TODAY),)

# The notification form (the protocol's Appendix A) and the letter telling the Home Office of the
# decision to hold a review, in OUT/restricted/: make forms [CASE=…] [OUT=…]
.PHONY: forms
forms: setup
	$(BIN)/dhr forms $(CASE) $(OUT_FLAG)

merge-chronology: setup
	$(BIN)/dhr merge-chronology $(CASE) $(OUT_FLAG)

drafts: setup
	$(BIN)/dhr drafts $(CASE) $(OUT_FLAG)

# Exit status 1 while the review has gaps the Home Office QA Panel would find.
qa: setup
	$(BIN)/dhr qa $(CASE) $(OUT_FLAG)

# Anonymised, verified, accessible PDFs of both reports in OUT/publish/, once the review is
# finished, decided and approved (the publication gate lists what is missing).
publish: setup
	$(BIN)/dhr publish $(CASE) $(OUT_FLAG)

# Watermarked "DRAFT – NOT FOR PUBLICATION" PDFs in OUT/restricted/, whatever the gate says.
preview: setup
	$(BIN)/dhr publish $(CASE) $(OUT_FLAG) --preview

# Many cases at once, each stage only if its inputs changed:
# make reprocess [CASES="case1 case2"] [WORKERS=2] [FORCE=1] [SCHEDULER=tcp://host:8786]
reprocess: setup
	$(BIN)/dhr reprocess $(CASES) $(if $(WORKERS),--workers $(WORKERS),) \
		$(if $(FORCE),--force,) $(if $(SCHEDULER),--scheduler $(SCHEDULER),)

# Where each review stands, its next statutory step and everything overdue or due soon, and a
# workbook (OUT, default status.xlsx here); exit status 1 when anything is overdue:
# make status [CASES="case1 case2"] [TODAY=YYYY-MM-DD] [OUT=status.xlsx] (default: the
# sample's three cases)
.PHONY: status actions
status: setup
	$(BIN)/dhr status $(REVIEW_CASES) $(if $(TODAY),--today $(TODAY),) $(OUT_FLAG)

# Every action of every case in one tracker: make actions [CASES=…] [TODAY=…] [OUT=…]
actions: setup
	$(BIN)/dhr actions $(REVIEW_CASES) $(if $(TODAY),--today $(TODAY),) $(OUT_FLAG)

# The partnership's reports across reviews for a period: the report to the CSP Executive in
# OUT/restricted/ and the headline data for publication in OUT/publish/ (OUT default: reports):
# make report [CASES="case1 case2" FROM=YYYY-MM-DD TO=YYYY-MM-DD] [OUT=…] [THRESHOLD=5]
# (without CASES: the sample's three cases from 1 January 2022 to $(STATUS_DAY))
REPORT_FROM = $(or $(FROM),$(if $(filter command line environment,$(origin CASES)),\
	$(error give FROM=YYYY-MM-DD and TO=YYYY-MM-DD with CASES),2022-01-01))
REPORT_TO   = $(or $(TO),$(if $(filter command line environment,$(origin CASES)),\
	$(error give FROM=YYYY-MM-DD and TO=YYYY-MM-DD with CASES),$(STATUS_DAY)))
.PHONY: report
report: setup
	$(BIN)/dhr report $(REVIEW_CASES) --from $(REPORT_FROM) --to $(REPORT_TO) \
		--out $(or $(OUT),reports) $(if $(THRESHOLD),--threshold $(THRESHOLD),)

# Rebuild the report templates from their script (the .docx files are committed).
templates: setup
	$(BIN)/python templates/make_templates.py

# Anonymise any Word document: make anonymise IN=draft.docx MAP=map.yaml OUT=anon.docx
anonymise: setup
	$(BIN)/dhr anonymise $(IN) --map $(MAP) --out $(OUT) $(if $(DECISIONS),--decisions $(DECISIONS),)

# The case's person-like names for the pseudonym map: make names CASE=… [OUT=…]; then, with the
# decisions filled in, make names CASE=… APPLY=path/to/name_candidates.xlsx
names: setup
	$(BIN)/dhr names $(CASE) $(OUT_FLAG) $(if $(APPLY),--apply $(APPLY),)

test: setup
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow" -x -q

bench: setup
	$(BIN)/python bench/bench_merge.py
	$(BIN)/python bench/bench_anonymise.py
	$(BIN)/python bench/bench_publish.py
	$(BIN)/python bench/bench_reprocess.py

# Anonymisation accuracy on the annotated synthetic corpus in eval/.
eval: setup
	$(BIN)/python eval/eval_anonymise.py

lint: setup
	$(BIN)/ruff check pipeline tests bench samples eval templates

# Rebuild the synthetic sample cases from their scripts (the files they make are committed).
sample: setup
	$(BIN)/python samples/make_northbridge.py
	$(BIN)/python samples/make_cases.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache bench/.data samples/*/output
