package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFileLockTest {

    @TempDir
    Path folder;

    @Test
    void aSecondWindowOfThisProgramIsToldTheChartIsInUse() {
        Path chart = folder.resolve("team.orgchart.json");
        ChartFileLock first = assertInstanceOf(ChartFileLock.Acquired.class, ChartFileLock.tryLock(chart)).lock();
        assertEquals(folder.resolve(".team.orgchart.json.lock"), first.lockFile());
        assertTrue(Files.exists(first.lockFile()));

        ChartFileLock.HeldElsewhere second = assertInstanceOf(ChartFileLock.HeldElsewhere.class, ChartFileLock.tryLock(chart));
        assertEquals("another window of this Orgwright", second.holder());

        first.close();
        assertFalse(Files.exists(first.lockFile()), "the lock file goes with the lock");
        try (ChartFileLock again = assertInstanceOf(ChartFileLock.Acquired.class, ChartFileLock.tryLock(chart)).lock()) {
            assertTrue(again.isHeld());
        }
    }

    @Test
    void anotherProcessHoldingTheChartIsNamedAndItsCrashFreesTheChart() throws Exception {
        Path chart = folder.resolve("team.orgchart.json");
        try (OtherProcess other = OtherProcess.start("lock", chart.toString())) {
            ChartFileLock.HeldElsewhere held = assertInstanceOf(ChartFileLock.HeldElsewhere.class, ChartFileLock.tryLock(chart));
            assertTrue(held.holder().contains("(Orgwright, process "), held.holder());
            other.crash();
            assertTrue(Files.exists(ChartFileLock.lockFileOf(chart)), "a crash leaves the lock file behind");
            try (ChartFileLock taken = assertInstanceOf(ChartFileLock.Acquired.class, ChartFileLock.tryLock(chart)).lock()) {
                assertTrue(taken.isHeld(), "a stale lock file is taken over");
            }
        }
    }

    @Test
    void whereNoLockFileCanBeMadeTheChartOpensWithoutOne() {
        Path chart = folder.resolve("gone").resolve("team.orgchart.json");
        ChartFileLock.Unavailable none = assertInstanceOf(ChartFileLock.Unavailable.class, ChartFileLock.tryLock(chart));
        assertTrue(none.reason().startsWith("the lock file .team.orgchart.json.lock cannot be created"), none.reason());
    }
}
