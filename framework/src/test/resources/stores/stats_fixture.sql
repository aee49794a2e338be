-- Data for the null-rate, distribution, sampling and fail-fast tests: 5,000 users, each table a variant of stats.base.
create schema stats;
create table stats.base as
select g::bigint as user_id,
       (g % 97)::float8 as score,
       case when g % 50 = 0 then null else (g % 7)::bigint end as visits,
       (array['gold', 'silver', 'bronze'])[1 + g % 3] as tier
from generate_series(1, 5000) g;
alter table stats.base add primary key (user_id);

-- the same rows, keys as numeric(12,2) and stored in another physical order
create table stats.numeric_keys as select user_id::numeric(12, 2) as user_id, score, visits, tier from stats.base order by score, user_id desc;

-- 5% more NULLs in visits (users 1, 21, 41, ...; never a multiple of 50)
create table stats.more_nulls as
select user_id, score, case when user_id % 20 = 1 then null else visits end as visits, tier from stats.base;

-- 30% of users shifted: score + 40 and tier gold
create table stats.shifted as
select user_id, case when user_id % 10 < 3 then score + 40 else score end as score, visits,
       case when user_id % 10 < 3 then 'gold' else tier end as tier
from stats.base;

-- 1% of scores off by one: full agreement 0.99
create table stats.one_percent_off as
select user_id, case when user_id % 100 = 0 then score + 1 else score end as score, visits, tier from stats.base;

create table stats.empty as select * from stats.base where false;
