"use client";

import type { KeyboardEvent, MouseEvent, ReactElement, SVGProps } from "react";
import { ResponsiveContainer, Sankey, Tooltip } from "recharts";
import { flowSankeyHeight } from "./chart-heights";
import type { LinkProps, NodeProps } from "recharts/types/chart/Sankey";
import type { FlowLink, FlowModel, FlowNode } from "@/lib/flow-shapes";
import { PALETTE } from "@/lib/palette";

type Labels = {
  title: string;
  /** Suffix of a node whose flows are all unverified, brackets included ("（待核实）"). */
  unverified: string;
  node: (node: FlowNode) => string;
  link: (link: FlowLink, source: FlowNode, target: FlowNode) => string;
};

type Props = {
  model: FlowModel;
  labels: Labels;
  hrefOf: (node: FlowNode) => string;
  onOpen: (href: string) => void;
  onSelectLink: (link: FlowLink) => void;
  onActive: (text: string | null) => void;
};

const LINK_COLOUR = { known: PALETTE.real, unverified: PALETTE.accent, unlisted: PALETTE.axis } as const;
const NODE_COLOUR = { supporter: "#005a8c", district: "#00704f" } as const;

const plainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/**
 * Supporters (left) → districts (right), link width = the metric. Nodes are links to profiles;
 * flows are buttons that filter the view. Unverified flows are dashed and their nodes say so in
 * words, never by colour alone.
 */
export function FlowSankeyChart({ model, labels, hrefOf, onOpen, onSelectLink, onActive }: Props) {
  const height = flowSankeyHeight(model.nodes.filter((n) => n.kind === "supporter").length);

  const renderNode = (props: NodeProps) => {
    const node = props.payload as unknown as FlowNode;
    const left = node.kind === "supporter";
    const href = hrefOf(node);
    const text = labels.node(node);
    return (
      <a
        href={href}
        aria-label={text}
        className="flow-sankey__node"
        data-testid={`flow-node-${node.code}`}
        onClick={(e) => {
          if (!plainClick(e)) return;
          e.preventDefault();
          onOpen(href);
        }}
        onMouseEnter={() => onActive(text)}
        onFocus={() => onActive(text)}
      >
        <rect x={props.x} y={props.y} width={props.width} height={Math.max(props.height, 2)} fill={NODE_COLOUR[node.kind]} stroke={node.selected ? "#000" : "none"} strokeWidth={2} />
        <text
          x={left ? props.x - 6 : props.x + props.width + 6}
          y={props.y + props.height / 2}
          textAnchor={left ? "end" : "start"}
          dominantBaseline="middle"
          className={`flow-sankey__label${node.selected ? " flow-sankey__label--selected" : ""}`}
        >
          {node.short}
          {node.unverified ? labels.unverified : ""}
        </text>
      </a>
    );
  };

  const renderLink = (props: LinkProps): ReactElement<SVGProps<SVGPathElement>> => {
    const link = props.payload as unknown as FlowLink & { source: FlowNode; target: FlowNode };
    const d = `M${props.sourceX},${props.sourceY} C${props.sourceControlX},${props.sourceY} ${props.targetControlX},${props.targetY} ${props.targetX},${props.targetY}`;
    const text = labels.link(link, link.source, link.target);
    const activate = (e: MouseEvent | KeyboardEvent) => {
      e.preventDefault();
      onSelectLink(link);
    };
    const selected = link.source.selected || link.target.selected;
    return (
      <g
        role="button"
        tabIndex={0}
        aria-label={text}
        className="flow-sankey__link"
        data-testid={`flow-link-${link.supporterCode}-${link.districtCode}`}
        data-status={link.status}
        onClick={activate}
        onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && activate(e)}
        onMouseEnter={() => onActive(text)}
        onFocus={() => onActive(text)}
      >
        <path
          d={d}
          fill="none"
          stroke={LINK_COLOUR[link.status]}
          strokeOpacity={selected ? 0.75 : 0.4}
          strokeWidth={Math.max(1.5, props.linkWidth)}
          strokeDasharray={link.status === "known" ? undefined : "7 5"}
        />
      </g>
    ) as unknown as ReactElement<SVGProps<SVGPathElement>>;
  };

  return (
    <div className="flow-sankey" data-testid="flow-sankey" onMouseLeave={() => onActive(null)}>
      <ResponsiveContainer width="100%" height={height}>
        <Sankey
          data={{ nodes: model.nodes, links: model.links }}
          node={renderNode}
          link={renderLink}
          nodePadding={14}
          nodeWidth={12}
          sort={false}
          iterations={0}
          margin={{ top: 10, right: 190, bottom: 10, left: 190 }}
          title={labels.title}
          accessibilityLayer={false}
        >
          <Tooltip
            isAnimationActive={false}
            content={({ active, payload }) => {
              const item = payload?.[0]?.payload as { payload?: unknown } | undefined;
              const datum = (item?.payload ?? item) as (FlowLink & { source: FlowNode; target: FlowNode }) | FlowNode | undefined;
              if (!active || !datum) return null;
              const text = "supporterCode" in datum ? labels.link(datum, datum.source, datum.target) : labels.node(datum);
              return <div className="chart-tooltip" data-testid="flow-tooltip">{text}</div>;
            }}
          />
        </Sankey>
      </ResponsiveContainer>
    </div>
  );
}
