package org.agendasearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaOptionsTest {

  @Test
  void flags_win_over_environment_which_wins_over_defaults() {
    AgendaOptions defaults = AgendaOptions.resolve(null, null, null, Map.of());
    assertThat(defaults.corpus()).isEqualTo(Path.of("corpus").toAbsolutePath());
    assertThat(defaults.index()).isEqualTo(Path.of("data/index").toAbsolutePath());
    assertThat(defaults.port()).isEqualTo(7070);
    Map<String, String> env = Map.of("AGENDA_CORPUS", "/srv/packs", "AGENDA_INDEX", "/srv/index", "AGENDA_PORT", "8080");
    AgendaOptions fromEnv = AgendaOptions.resolve(null, null, null, env);
    assertThat(fromEnv.corpus()).isEqualTo(Path.of("/srv/packs"));
    assertThat(fromEnv.port()).isEqualTo(8080);
    AgendaOptions flags = AgendaOptions.resolve(Path.of("/x"), Path.of("/y"), 9090, env);
    assertThat(flags.corpus()).isEqualTo(Path.of("/x"));
    assertThat(flags.index()).isEqualTo(Path.of("/y"));
    assertThat(flags.port()).isEqualTo(9090);
  }

  @Test
  void a_bad_port_in_the_environment_is_a_clear_error() {
    assertThatThrownBy(() -> AgendaOptions.resolve(null, null, null, Map.of("AGENDA_PORT", "seventy")))
        .hasMessageContaining("AGENDA_PORT");
  }
}
