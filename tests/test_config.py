import pytest

from bot.config import DEFAULT_DATABASE_URL, ConfigError, cpu_count, load_settings


def test_defaults_are_the_embedded_database_and_port_3000():
    settings = load_settings({})
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.port == 3000
    assert settings.max_file_bytes == 5 * 1024 * 1024
    assert settings.slack_api_url == "https://slack.com/api/"


def test_values_are_read_and_normalised():
    settings = load_settings(
        {"PORT": "8080", "SLACK_API_URL": "http://127.0.0.1:9999/api", "LOG_LEVEL": "debug"}
    )
    assert (settings.port, settings.log_level) == (8080, "DEBUG")
    assert settings.slack_api_url == "http://127.0.0.1:9999/api/"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PORT": "eighty"}, "PORT='eighty' is not valid"),
        ({"PORT": "70000"}, "PORT='70000' is not valid"),
        ({"LOG_LEVEL": "loud"}, "LOG_LEVEL='LOUD' is not valid"),
        ({"DATABASE_URL": "precis.db"}, "DATABASE_URL='precis.db' is not valid"),
        ({"PRECIS_ALLOW_PRIVATE_URLS": "maybe"}, "PRECIS_ALLOW_PRIVATE_URLS='maybe'"),
        ({"SLACK_API_URL": "slack.com/api"}, "SLACK_API_URL='slack.com/api' is not valid"),
        ({"PRECIS_ANSWER_THREADS": "0"}, "PRECIS_ANSWER_THREADS='0' is not valid"),
        ({"PRECIS_HTTP_THREADS": "many"}, "PRECIS_HTTP_THREADS='many' is not valid"),
        ({"PRECIS_DB_POOL_SIZE": "-1"}, "PRECIS_DB_POOL_SIZE='-1' is not valid"),
        ({"PRECIS_DB_POOL_TIMEOUT": "0"}, "PRECIS_DB_POOL_TIMEOUT='0' is not valid"),
    ],
)
def test_a_bad_value_names_its_key_in_one_line(env, message):
    with pytest.raises(ConfigError, match=message) as caught:
        load_settings(env)
    assert "\n" not in str(caught.value)


def test_serving_without_credentials_says_which_is_missing():
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        load_settings({}).require_slack()
    with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN"):
        load_settings({"SLACK_SIGNING_SECRET": "s"}).require_slack()
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN is not an app-level token"):
        load_settings({"SLACK_APP_TOKEN": "xoxb-pasted-in-the-wrong-place"}).require_slack()


def test_secrets_never_appear_in_config_errors():
    with pytest.raises(ConfigError) as caught:
        load_settings({"SLACK_BOT_TOKEN": "xoxb-secret-value", "PORT": "x"})
    assert "xoxb-secret-value" not in str(caught.value)


def test_dotenv_file_is_read_but_the_environment_wins(tmp_path, monkeypatch):
    env_file = tmp_path / ".env"
    env_file.write_text("PORT=4000\nLOG_LEVEL=WARNING\n")
    monkeypatch.setenv("PORT", "5000")
    monkeypatch.delenv("LOG_LEVEL", raising=False)
    settings = load_settings(dotenv=env_file)
    assert (settings.port, settings.log_level) == (5000, "WARNING")


def test_threads_and_connections_follow_the_cpus_unless_set():
    defaults = load_settings({})
    assert defaults.answer_threads == max(4, 2 * cpu_count())  # SQLite: queries in-process
    assert defaults.http_threads == max(4, 2 * cpu_count())
    postgres = load_settings({"DATABASE_URL": "postgresql://precis@db/precis"})
    assert postgres.answer_threads == max(8, 4 * cpu_count())  # waits for the server
    assert defaults.database_connections == defaults.answer_threads + 4
    assert defaults.db_pool_timeout == 5.0
    chosen = load_settings(
        {"PRECIS_ANSWER_THREADS": "3", "PRECIS_HTTP_THREADS": "12", "PRECIS_DB_POOL_TIMEOUT": "1.5"}
    )
    assert (chosen.answer_threads, chosen.http_threads) == (3, 12)
    assert chosen.database_connections == 7
    assert chosen.db_pool_timeout == 1.5
    assert load_settings({"PRECIS_DB_POOL_SIZE": "20"}).database_connections == 20
