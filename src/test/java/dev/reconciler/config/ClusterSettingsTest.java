package dev.reconciler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

  @Test
  void noNameIsASingleInstance() {
    assertThat(ClusterSettings.from(null, Map.of())).isNull();
    assertThat(ClusterSettings.from(" ", Map.of(ClusterSettings.NAME, ""))).isNull();
    assertThat(Settings.from(Map.of()).cluster()).isNull();
  }

  @Test
  void theOptionOrTheEnvironmentNamesTheClusterWithDefaultsForOneMachine() {
    ClusterSettings fromEnv = Settings.from(Map.of(ClusterSettings.NAME, "newsroom")).cluster();
    assertThat(fromEnv)
        .isEqualTo(new ClusterSettings("newsroom", List.of("127.0.0.1"), 5900, null));
    assertThat(ClusterSettings.from("desk", Map.of(ClusterSettings.NAME, "newsroom")).name())
        .isEqualTo("desk");
    assertThat(fromEnv.payaraOptions())
        .containsExactly(
            "--clustername",
            "newsroom",
            "--clustermode",
            "tcpip:127.0.0.1",
            "--startport",
            "5900",
            "--interfaces",
            "127.0.0.1");
  }

  @Test
  void membersOnANetworkAndAPublicAddressGoToPayaraAsTheyAre() {
    ClusterSettings c =
        ClusterSettings.from(
            "newsroom",
            Map.of(
                ClusterSettings.MEMBERS, " 10.0.0.5:5900, db-2.example:5901 ,",
                ClusterSettings.PORT, "5901",
                ClusterSettings.PUBLIC_ADDRESS, "203.0.113.7:5901"));
    assertThat(c.members()).containsExactly("10.0.0.5:5900", "db-2.example:5901");
    assertThat(c.onThisMachine()).isFalse();
    assertThat(c.payaraOptions())
        .containsExactly(
            "--clustername",
            "newsroom",
            "--clustermode",
            "tcpip:10.0.0.5:5900,db-2.example:5901",
            "--startport",
            "5901",
            "--hzpublicaddress",
            "203.0.113.7:5901");
  }

  @Test
  void badValuesAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> ClusterSettings.from("news room", Map.of()))
        .hasMessageContaining("cluster name")
        .hasMessageContaining("'news room'");
    assertThatThrownBy(() -> ClusterSettings.from("n", Map.of(ClusterSettings.PORT, "59oo")))
        .hasMessage("RECONCILER_CLUSTER_PORT must be a port number, not '59oo'");
    assertThatThrownBy(() -> ClusterSettings.from("n", Map.of(ClusterSettings.PORT, "0")))
        .hasMessageContaining(ClusterSettings.PORT);
    assertThatThrownBy(
            () -> ClusterSettings.from("n", Map.of(ClusterSettings.MEMBERS, "10.0.0.5;10.0.0.6")))
        .hasMessageContaining("'10.0.0.5;10.0.0.6' is not host or host:port");
    assertThatThrownBy(() -> ClusterSettings.from("n", Map.of(ClusterSettings.MEMBERS, " , ")))
        .hasMessageContaining("names no member");
  }
}
