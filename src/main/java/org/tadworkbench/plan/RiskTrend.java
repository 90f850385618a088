package org.tadworkbench.plan;

/** Which way a risk has been moving since the last report (written rising, steady, falling). */
public enum RiskTrend {
    RISING, STEADY, FALLING
}
