"""Running the reviews: the protocol's timescales, each case's stage and its action plans.

``dhr status`` (:mod:`pipeline.review.status`) says where each case stands, what is next and
what is overdue; ``dhr actions`` (:mod:`pipeline.review.actions`) tracks every action of every
case. The rules themselves are in :mod:`pipeline.review.timescales`, the counting of months and
working days in :mod:`pipeline.review.days`.

Nothing is imported here: :mod:`pipeline.config` uses :mod:`pipeline.review.days` for the
default removal date, and the other modules import the configuration.
"""
