package eu.dbp.demo;

/**
 * A further part of the demo data (accounts and grants, SoX history, ...), run inside the demo
 * transaction after the packs and their records exist, in {@code @Order} order.
 */
interface DemoStep {

    void load();
}
