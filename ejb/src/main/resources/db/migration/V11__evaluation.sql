-- Evaluation and award of mini-competitions.

-- One enum each for the price formula and the standstill: the columns are named after them, and the formula
-- first stored as PERCENT_ABOVE_LOWEST is the one the scoring code calls DISTANCE_FROM_LOWEST.
alter table mini_competition rename column price_formula to price_scoring;
alter table mini_competition rename column award_standstill to standstill_mode;
update mini_competition set price_scoring = 'DISTANCE_FROM_LOWEST' where price_scoring = 'PERCENT_ABOVE_LOWEST';
