package dev.lifeos.maven.timing;

import static dev.lifeos.maven.timing.StageRulesTest.execution;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimingRecorderTest {
  private final AtomicLong now = new AtomicLong(5_000_000_000L);

  private void advanceMillis(long millis) {
    now.addAndGet(millis * 1_000_000);
  }

  @Test
  void timesEachExecutionFromItsStartAndClassifiesIt() throws Exception {
    TimingRecorder recorder = new TimingRecorder(StageRules.withExtra(null), now::get);
    advanceMillis(10);
    recorder.started(execution("spotless-maven-plugin", "check"));
    advanceMillis(250);
    recorder.finished(execution("spotless-maven-plugin", "check"), true);

    assertThat(recorder.executions())
        .singleElement()
        .isEqualTo(
            new TimedExecution(execution("spotless-maven-plugin", "check"), "lint", 10, 250, true));
  }

  @Test
  void anExecutionStartedBeforeRecordingIsTimedFromTheStartOfRecording() throws Exception {
    TimingRecorder recorder = new TimingRecorder(StageRules.withExtra(null), now::get);
    advanceMillis(3);
    recorder.finished(execution("lifeos-maven-plugin", "timings"), true);

    assertThat(recorder.executions().get(0).startMillis()).isZero();
    assertThat(recorder.executions().get(0).millis()).isEqualTo(3);
  }

  @Test
  void recordsFromManyThreadsWithoutLosingAny() throws Exception {
    TimingRecorder recorder = new TimingRecorder(StageRules.withExtra(null), System::nanoTime);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    for (int i = 0; i < 400; i++) {
      Execution e = new Execution("m" + i, "g", "maven-surefire-plugin", "1", "test", "t", "test");
      threads.submit(
          () -> {
            go.await();
            recorder.started(e);
            recorder.finished(e, true);
            return null;
          });
    }
    go.countDown();
    threads.shutdown();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(recorder.executions()).hasSize(400);
  }
}
