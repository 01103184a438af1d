// Times opening a budget file in one warm JVM: the read-only probe alone (what decision 0010 adds)
// against BudgetDatabase.open + close (probe included). 25 rounds, the first 5 discarded, medians.
// Usage: javac -cp target/yusuan.jar -d target/bench tools/bench/OpenTime.java
//        java -cp target/yusuan.jar:target/bench OpenTime FILE.mv.db
import java.nio.file.*; import java.sql.*; import java.util.*;
import org.yusuan.workbench.store.BudgetDatabase;
public class OpenTime { public static void main(String[] a) throws Exception {
  Path f = Path.of(a[0]); String base = f.toAbsolutePath().toString().replace(".mv.db","");
  List<Long> ro = new ArrayList<>(), full = new ArrayList<>();
  for (int i = 0; i < 25; i++) {
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:"+base+";ACCESS_MODE_DATA=r;IFEXISTS=TRUE","sa","")) {
      c.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES").next(); }
    long t1 = System.nanoTime();
    BudgetDatabase.open(f).close();
    long t2 = System.nanoTime();
    if (i >= 5) { ro.add((t1-t0)/1000); full.add((t2-t1)/1000); }
  }
  Collections.sort(ro); Collections.sort(full);
  System.out.println("read-only open+query median us: "+ro.get(ro.size()/2)+"  BudgetDatabase.open+close (probe included) median us: "+full.get(full.size()/2));
}}
