// LOAD CSV alternative to import.sh, for a running Neo4j 5.23+ database.
// Copy the CSVs of this folder into the database's import folder, then run:
//   cypher-shell -u neo4j -p <password> -f load.cypher
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
LOAD CSV WITH HEADERS FROM 'file:///person.csv' AS row
CALL (row) { MERGE (n:Node {id: row.`id:ID(Node)`}) SET n:Person, n.name = row.`name`, n.aliases = split(row.`aliases:string[]`, ';'), n.roles = split(row.`roles:string[]`, ';'), n.mentions = toInteger(row.`mentions:long`), n.descriptive = toBoolean(row.`descriptive:boolean`), n.wikidata = row.`wikidata`, n.evidence = split(row.`evidence:string[]`, ';') SET n:Entity } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///organization.csv' AS row
CALL (row) { MERGE (n:Node {id: row.`id:ID(Node)`}) SET n:Organization, n.name = row.`name`, n.aliases = split(row.`aliases:string[]`, ';'), n.roles = split(row.`roles:string[]`, ';'), n.mentions = toInteger(row.`mentions:long`), n.descriptive = toBoolean(row.`descriptive:boolean`), n.wikidata = row.`wikidata`, n.evidence = split(row.`evidence:string[]`, ';') SET n:Entity } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///place.csv' AS row
CALL (row) { MERGE (n:Node {id: row.`id:ID(Node)`}) SET n:Place, n.name = row.`name`, n.aliases = split(row.`aliases:string[]`, ';'), n.roles = split(row.`roles:string[]`, ';'), n.mentions = toInteger(row.`mentions:long`), n.descriptive = toBoolean(row.`descriptive:boolean`), n.wikidata = row.`wikidata`, n.evidence = split(row.`evidence:string[]`, ';'), n.country = toBoolean(row.`country:boolean`) FOREACH (x IN CASE WHEN 'Country' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET n:Country) SET n:Entity } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///article.csv' AS row
CALL (row) { MERGE (n:Node {id: row.`id:ID(Node)`}) SET n:Article, n.name = row.`name`, n.headline = row.`headline`, n.published = date(row.`published:date`), n.publishedTime = row.`publishedTime`, n.file = row.`file`, n.characters = toInteger(row.`characters:long`) } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///statement.csv' AS row
CALL (row) { MERGE (n:Node {id: row.`id:ID(Node)`}) SET n:Statement, n.text = row.`text`, n.speechAct = row.`speechAct`, n.actNegated = toBoolean(row.`actNegated:boolean`), n.mode = row.`mode`, n.cue = row.`cue`, n.cueLemma = row.`cueLemma`, n.cameo = row.`cameo`, n.saidOn = date(row.`saidOn:date`), n.saidFrom = date(row.`saidFrom:date`), n.saidUntil = date(row.`saidUntil:date`), n.dateBasis = row.`dateBasis`, n.dateExpression = row.`dateExpression`, n.speakerDescription = row.`speakerDescription`, n.unknownSpeaker = toBoolean(row.`unknownSpeaker:boolean`), n.quantities = split(row.`quantities:string[]`, ';'), n.occurrences = toInteger(row.`occurrences:long`), n.evidence = split(row.`evidence:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ABOUT'
CALL (row) { MATCH (s:Node {id: row.`:START_ID(Node)`}) MATCH (t:Node {id: row.`:END_ID(Node)`}) MERGE (s)-[r:ABOUT]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'AFFILIATED_WITH'
CALL (row) { MATCH (s:Node {id: row.`:START_ID(Node)`}) MATCH (t:Node {id: row.`:END_ID(Node)`}) MERGE (s)-[r:AFFILIATED_WITH]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'AUTHOR'
CALL (row) { MATCH (s:Node {id: row.`:START_ID(Node)`}) MATCH (t:Node {id: row.`:END_ID(Node)`}) MERGE (s)-[r:AUTHOR]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'COUNTRY'
CALL (row) { MATCH (s:Node {id: row.`:START_ID(Node)`}) MATCH (t:Node {id: row.`:END_ID(Node)`}) MERGE (s)-[r:COUNTRY]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'MENTIONS'
CALL (row) { MATCH (s:Node {id: row.`:START_ID(Node)`}) MATCH (t:Node {id: row.`:END_ID(Node)`}) MERGE (s)-[r:MENTIONS]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PUBLISHER'
CALL (row) { MATCH (s:Node {id: row.`:START_ID(Node)`}) MATCH (t:Node {id: row.`:END_ID(Node)`}) MERGE (s)-[r:PUBLISHER]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'RELAYED_BY'
CALL (row) { MATCH (s:Node {id: row.`:START_ID(Node)`}) MATCH (t:Node {id: row.`:END_ID(Node)`}) MERGE (s)-[r:RELAYED_BY]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'REPORTED_IN'
CALL (row) { MATCH (s:Node {id: row.`:START_ID(Node)`}) MATCH (t:Node {id: row.`:END_ID(Node)`}) MERGE (s)-[r:REPORTED_IN]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'REPORTED_VIA'
CALL (row) { MATCH (s:Node {id: row.`:START_ID(Node)`}) MATCH (t:Node {id: row.`:END_ID(Node)`}) MERGE (s)-[r:REPORTED_VIA]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SAID'
CALL (row) { MATCH (s:Node {id: row.`:START_ID(Node)`}) MATCH (t:Node {id: row.`:END_ID(Node)`}) MERGE (s)-[r:SAID]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, ';') } IN TRANSACTIONS OF 10000 ROWS;
