package dev.reconciler.api;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpContext;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Puts a filter into Payara's HTTP listeners (Grizzly) just before their HTTP codec, where every
 * answer passes as bytes, so that the errors the connector answers itself, before any servlet,
 * filter or error page can run, leave as problem documents ({@link BareErrorAnswers}). Grizzly's
 * codec writes its 400 for a request it cannot parse with no body and no hook (its {@code
 * customizeErrorResponse} is not configurable in Payara), and Catalina's {@code
 * CoyoteAdapter.postParseRequest} refuses a path ("400 Invalid URI") before the virtual server's
 * pipeline, so neither {@code send-error_N}, an error report valve nor web.xml error pages see
 * them. A second filter, just after the codec, refuses paths that climb above the root before
 * Payara's mapper sees them ({@link AboveRootFilter}), since the connector does not refuse all of
 * them alike.
 *
 * <p>Payara exposes no setting for a listener filter: the listeners are found through its HK2
 * locator ({@code Globals}) and {@code GrizzlyService}'s proxies, by reflection, so that the WAR
 * compiles against Grizzly's public filter API only. Where that fails (another server, another
 * Payara version) the application runs as before, and the log says that connector refusals stay
 * bare. The filter is taken out again when the application stops.
 */
@WebListener
public class ConnectorRefusals implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(ConnectorRefusals.class.getName());

  /** Grizzly's HTTP codec: the filter goes just before it (closer to the socket). */
  private static final String CODEC = "org.glassfish.grizzly.http.HttpCodecFilter";

  private final List<FilterChain> installedIn = new ArrayList<>();
  private final ProblemFilter filter = new ProblemFilter();
  private final AboveRootFilter aboveRoot = new AboveRootFilter();

  @Override
  public void contextInitialized(ServletContextEvent event) {
    try {
      for (FilterChain chain : listenerChains()) {
        int codec = indexOfCodec(chain);
        if (codec < 0) {
          continue;
        }
        // One of ours left by an earlier deployment of the application goes first.
        chain.removeIf(
            f ->
                f.getClass().getName().equals(ProblemFilter.class.getName())
                    || f.getClass().getName().equals(AboveRootFilter.class.getName()));
        chain.add(indexOfCodec(chain), filter);
        chain.add(indexOfCodec(chain) + 1, aboveRoot);
        installedIn.add(chain);
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "reconciler: cannot reach the HTTP listeners ("
              + e
              + "); requests the connector refuses get its bare answers, not problem documents");
      return;
    }
    LOG.info(
        "reconciler: the HTTP connector's own error answers become problem documents on "
            + installedIn.size()
            + " listener(s)");
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    for (FilterChain chain : installedIn) {
      chain.remove(filter);
      chain.remove(aboveRoot);
    }
    installedIn.clear();
  }

  /** The filter chains of Payara's network listeners. */
  private static List<FilterChain> listenerChains() throws ReflectiveOperationException {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Class<?> globals = Class.forName("org.glassfish.internal.api.Globals", true, loader);
    Class<?> grizzlyService =
        Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, loader);
    Object service = globals.getMethod("get", Class.class).invoke(null, grizzlyService);
    if (service == null) {
      throw new IllegalStateException("no GrizzlyService");
    }
    Field proxies = grizzlyService.getDeclaredField("proxies");
    proxies.setAccessible(true);
    List<FilterChain> chains = new ArrayList<>();
    for (Object proxy : List.copyOf((Collection<?>) proxies.get(service))) {
      Object listener = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
      if (listener == null) {
        continue;
      }
      Object transport = listener.getClass().getMethod("getTransport").invoke(listener);
      if (transport instanceof Transport t && t.getProcessor() instanceof FilterChain chain) {
        chains.add(chain);
      }
    }
    return chains;
  }

  private static int indexOfCodec(FilterChain chain) {
    for (int i = 0; i < chain.size(); i++) {
      for (Class<?> c = chain.get(i).getClass(); c != null; c = c.getSuperclass()) {
        if (c.getName().equals(CODEC)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Replaces a bare error answer on its way to the socket by its problem document. */
  static final class ProblemFilter extends BaseFilter {

    @Override
    public NextAction handleWrite(FilterChainContext ctx) throws IOException {
      if (ctx.getMessage() instanceof Buffer buffer) {
        int start = buffer.position();
        if (BareErrorAnswers.mayBe(buffer.remaining(), i -> buffer.get(start + i))) {
          byte[] answer = new byte[buffer.remaining()];
          buffer.get(answer);
          buffer.position(start);
          byte[] problem = BareErrorAnswers.asProblem(answer, answersHead(ctx));
          if (problem != null) {
            ctx.setMessage(Buffers.wrap(ctx.getMemoryManager(), problem));
            buffer.tryDispose();
          }
        }
      }
      return ctx.getInvokeAction();
    }

    /**
     * Whether the answer is to a {@code HEAD} request: the request the codec read on this
     * connection, which Grizzly's HTTP layer keeps with the context it writes the answer in.
     */
    private static boolean answersHead(FilterChainContext ctx) {
      HttpContext http = HttpContext.get(ctx);
      return http != null && http.getRequest() != null && http.getRequest().isHeadRequest();
    }
  }

  /**
   * Refuses a request whose path climbs above the root ({@link PathsAboveRoot}) as the connector
   * does, with a bare {@code 400 Invalid URI} that {@link ProblemFilter} makes a problem document,
   * before Payara's mapper sees it. Sits just after the HTTP codec, where a request arrives parsed;
   * the connection is closed after the answer, so that any body the request still sends is never
   * read as the next request.
   */
  static final class AboveRootFilter extends BaseFilter {

    private static final String REFUSED = AboveRootFilter.class.getName() + ".refused";

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
      if (!(ctx.getMessage() instanceof HttpContent content)
          || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
        return ctx.getInvokeAction();
      }
      if (request.getAttribute(REFUSED) != null) {
        return ctx.getStopAction(); // the rest of a refused request's body
      }
      if (!PathsAboveRoot.climbs(request.getRequestURI())) {
        return ctx.getInvokeAction();
      }
      request.setAttribute(REFUSED, Boolean.TRUE);
      request.getProcessingState().setKeepAlive(false);
      HttpResponsePacket response = request.getResponse();
      response.setStatus(400);
      response.setReasonPhrase("Invalid URI");
      response.setContentLength(0);
      Connection<?> connection = ctx.getConnection();
      ctx.write(
          HttpContent.builder(response).last(true).build(),
          new EmptyCompletionHandler<WriteResult>() {
            @Override
            public void completed(WriteResult result) {
              connection.closeSilently();
            }

            @Override
            public void failed(Throwable error) {
              connection.closeSilently();
            }
          });
      return ctx.getStopAction();
    }
  }
}
