/** The one place that names the Docker image tests (and docker-compose.yml) use. */
export const NEO4J_IMAGE = 'neo4j:5.26-community';
