package dev.cruddur.console.core.local;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProbeOnlyLocalStackTest {

    @Test
    void reportsWhatAnswersAsExternalAndTheRestAsDown() throws Exception {
        try (ServerSocket dynamo = new ServerSocket(0)) {
            int deadPort;
            try (ServerSocket closed = new ServerSocket(0)) {
                deadPort = closed.getLocalPort();
            }
            Environment env = new Environment("local", "http://localhost:" + dynamo.getLocalPort(), null, null, null,
                    "jdbc:postgresql://localhost:" + deadPort + "/cruddur", "postgres", null, null, true, true);
            List<ServiceStatus> statuses = new ProbeOnlyLocalStack(env).ensureUp(Progress.NONE);

            assertThat(statuses).extracting(ServiceStatus::service, ServiceStatus::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Service.DYNAMODB, ServiceState.EXTERNAL),
                            org.assertj.core.groups.Tuple.tuple(Service.POSTGRES, ServiceState.DOWN));
            assertThat(statuses.get(1).detail()).startsWith("Nothing answers at jdbc:postgresql://localhost:" + deadPort);
        }
    }

    @Test
    void refusesToStartWithASentence() {
        Environment env = new Environment("local", "http://localhost:1", null, null, null, null, null, null, null, true, true);
        assertThatThrownBy(() -> new ProbeOnlyLocalStack(env).start(Service.DYNAMODB, Progress.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not available yet");
    }
}
