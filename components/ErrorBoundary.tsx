import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What to show instead of children that threw while rendering. */
  fallback: ComponentChildren;
  /** Any change of this value tries the children again (new data after a restore). */
  resetKey?: unknown;
  children: ComponentChildren;
}

/**
 * Keeps a page on screen when a part of it throws: stored data that no page
 * expected once left the dashboard blank, its restore input gone with the rest.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
