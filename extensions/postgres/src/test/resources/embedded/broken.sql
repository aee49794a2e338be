CREATE TABLE this is not sql;
